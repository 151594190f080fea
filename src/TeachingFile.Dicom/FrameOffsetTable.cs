using System.Buffers.Binary;
using System.Globalization;

namespace TeachingFile.Dicom;

/// <summary>
/// Frame offsets from the Basic Offset Table (32-bit) or the Extended Offset Table (64-bit, with
/// frame lengths), applied to the fragment items of encapsulated Pixel Data.
/// </summary>
internal sealed class FrameOffsetTable
{
    private FrameOffsetTable(string name, long[] offsets, long[]? lengths)
    {
        Name = name;
        Offsets = offsets;
        Lengths = lengths;
    }

    public string Name { get; }

    /// <summary>Byte offsets of each frame's first fragment item, from the first item after the Basic Offset Table.</summary>
    public long[] Offsets { get; }

    /// <summary>Frame lengths in bytes from Extended Offset Table Lengths, or null for the Basic Offset Table.</summary>
    public long[]? Lengths { get; }

    public static FrameOffsetTable ReadBasic(IByteSource basicOffsetTable)
    {
        const string name = "Basic Offset Table";
        var bytes = ReadWhole(basicOffsetTable, name, 4);
        var offsets = new long[bytes.Length / 4];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return new FrameOffsetTable(name, offsets, null);
    }

    public static FrameOffsetTable ReadExtended(IByteSource extendedOffsetTable, IByteSource? extendedOffsetTableLengths)
    {
        const string name = "Extended Offset Table (7FE0,0001)";
        if (extendedOffsetTableLengths is null)
        {
            throw new DicomFormatException(
                name + " is present without Extended Offset Table Lengths (7FE0,0002), which it requires.");
        }

        var offsets = ReadUInt64s(ReadWhole(extendedOffsetTable, name, 8), name);
        var lengths = ReadUInt64s(ReadWhole(extendedOffsetTableLengths, "Extended Offset Table Lengths (7FE0,0002)", 8),
            "Extended Offset Table Lengths (7FE0,0002)");
        if (lengths.Length != offsets.Length)
        {
            throw new DicomFormatException(name + " has " + Invariant(offsets.Length)
                + " entries but Extended Offset Table Lengths (7FE0,0002) has " + Invariant(lengths.Length) + ".");
        }

        return new FrameOffsetTable(name, offsets, lengths);
    }

    /// <summary>Returns one frame per offset, checking each offset against the fragment items.</summary>
    public List<EncapsulatedFrame> Apply(IReadOnlyList<IByteSource> fragments, int numberOfFrames)
    {
        if (Offsets.Length != numberOfFrames)
        {
            throw new DicomFormatException(Name + " has " + Invariant(Offsets.Length)
                + " entries but Number of Frames (0028,0008) is " + Invariant(numberOfFrames) + ".");
        }

        var itemStarts = ItemStarts(fragments);
        var firstFragments = Offsets.Select((offset, entry) => FragmentAt(itemStarts, offset, entry)).ToArray();
        var frames = new List<EncapsulatedFrame>(Offsets.Length);
        for (var entry = 0; entry < Offsets.Length; entry++)
        {
            var first = firstFragments[entry];
            var end = entry + 1 < Offsets.Length ? firstFragments[entry + 1] : fragments.Count;
            if (end <= first)
            {
                throw new DicomFormatException(Name + " entry " + Invariant(entry + 1) + " is offset "
                    + Invariant(Offsets[entry + 1]) + ", not after entry " + Invariant(entry) + " (offset "
                    + Invariant(Offsets[entry]) + "); offsets must increase.");
            }

            frames.Add(EncapsulatedFrames.Frame(entry, fragments, first, end - first, FrameLength(fragments, entry, first, end)));
        }

        return frames;
    }

    private long? FrameLength(IReadOnlyList<IByteSource> fragments, int entry, int first, int end)
    {
        if (Lengths is null)
        {
            return null;
        }

        var available = 0L;
        for (var i = first; i < end; i++)
        {
            available += fragments[i].Length;
        }

        if (Lengths[entry] > available)
        {
            throw new DicomFormatException("Extended Offset Table Lengths (7FE0,0002) entry " + Invariant(entry)
                + " is " + Invariant(Lengths[entry]) + " bytes, but frame " + Invariant(entry) + "'s fragments hold "
                + Invariant(available) + " bytes.");
        }

        return Lengths[entry];
    }

    private int FragmentAt(long[] itemStarts, long offset, int entry)
    {
        var total = itemStarts[^1];
        if (entry == 0 && offset != 0)
        {
            throw new DicomFormatException(Name + " entry 0 is offset " + Invariant(offset)
                + "; the first frame must start at offset 0, the first fragment item.");
        }

        if (offset >= total)
        {
            throw new DicomFormatException(Name + " entry " + Invariant(entry) + " is offset " + Invariant(offset)
                + ", past the end of the " + Invariant(total) + " bytes of fragment items.");
        }

        var index = Array.BinarySearch(itemStarts, offset);
        if (index < 0)
        {
            var before = itemStarts[~index - 1];
            var after = itemStarts[~index];
            throw new DicomFormatException(Name + " entry " + Invariant(entry) + " is offset " + Invariant(offset)
                + ", which is not the start of a fragment item (the nearest items start at " + Invariant(before)
                + " and " + Invariant(after) + ").");
        }

        return index;
    }

    /// <summary>Returns the offset of each fragment's item tag, then the end of the last item.</summary>
    private static long[] ItemStarts(IReadOnlyList<IByteSource> fragments)
    {
        var starts = new long[fragments.Count + 1];
        for (var i = 0; i < fragments.Count; i++)
        {
            starts[i + 1] = starts[i] + 8 + fragments[i].Length;
        }

        return starts;
    }

    private static byte[] ReadWhole(IByteSource value, string name, int entrySize)
    {
        if (value.Length % entrySize != 0)
        {
            throw new DicomFormatException(name + " is " + Invariant(value.Length) + " bytes long; expected a multiple of "
                + Invariant(entrySize) + ".");
        }

        return value.ToArray();
    }

    private static long[] ReadUInt64s(byte[] bytes, string name)
    {
        var values = new long[bytes.Length / 8];
        for (var i = 0; i < values.Length; i++)
        {
            var value = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * 8));
            if (value > long.MaxValue)
            {
                throw new DicomFormatException(name + " entry " + Invariant(i) + " is " + value.ToString(CultureInfo.InvariantCulture)
                    + ", larger than any file.");
            }

            values[i] = (long)value;
        }

        return values;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
