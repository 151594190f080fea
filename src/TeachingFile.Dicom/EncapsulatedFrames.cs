using System.Collections;
using System.Globalization;

namespace TeachingFile.Dicom;

/// <summary>
/// The frames of encapsulated Pixel Data (PS3.5 A.4), found from the offset tables, Number of
/// Frames and the fragments' lengths without reading the pixel data. Only the
/// <see cref="FrameLocationRule.EndOfImageMarker"/> rule reads bytes: the last 10 bytes of each
/// fragment.
/// </summary>
/// <remarks>
/// The rules, in order:
/// <list type="number">
/// <item>MPEG-2, H.264 and HEVC syntaxes: the fragments are one video bitstream, returned as one
/// entry whatever the value of Number of Frames.</item>
/// <item>Extended Offset Table (7FE0,0001) present: its offsets and Extended Offset Table Lengths
/// (7FE0,0002) give the frames, and the Basic Offset Table is ignored.</item>
/// <item>Basic Offset Table not empty: its offsets give the frames.</item>
/// <item>One frame: every fragment belongs to it.</item>
/// <item>As many fragments as frames: one fragment per frame.</item>
/// <item>More fragments than frames, in a JPEG, JPEG-LS, JPEG 2000 or HTJ2K syntax: a frame ends
/// with the fragment that has FFD9 (end of image, or end of codestream) in its last 10 bytes,
/// the rule of pydicom 2.3's <c>generate_pixel_data</c>. A fragment of at most 10 bytes that
/// starts with D9 also ends a frame when the frame's previous fragment ends with FF. pydicom
/// 2.3.1 misses such a split marker: it warns and merges the frames. This rule relies on PS3.5
/// A.4, which lets no fragment hold data of two frames, and on these codecs never writing FFD9
/// inside a frame. A frame whose marker is followed by more than 8 bytes of padding is not
/// found.</item>
/// </list>
/// Every offset must be the start of a fragment item, counted from the first byte of the item
/// after the Basic Offset Table. The first offset must be 0, offsets must increase, and a table
/// must have one entry per frame; otherwise a <see cref="DicomFormatException"/> names the entry.
/// </remarks>
public sealed class EncapsulatedFrames : IReadOnlyList<EncapsulatedFrame>
{
    private const int MarkerSearchLength = 10;

    private static readonly HashSet<TransferSyntax> EndOfImageSyntaxes =
    [
        TransferSyntax.JpegBaseline8Bit, TransferSyntax.JpegExtended12Bit, TransferSyntax.JpegLossless,
        TransferSyntax.JpegLosslessSV1, TransferSyntax.JpegLSLossless, TransferSyntax.JpegLSNearLossless,
        TransferSyntax.Jpeg2000Lossless, TransferSyntax.Jpeg2000, TransferSyntax.Jpeg2000Part2MultiComponentLossless,
        TransferSyntax.Jpeg2000Part2MultiComponent, TransferSyntax.HighThroughputJpeg2000Lossless,
        TransferSyntax.HighThroughputJpeg2000RpclLossless, TransferSyntax.HighThroughputJpeg2000,
    ];

    private readonly List<EncapsulatedFrame> _frames;

    private EncapsulatedFrames(List<EncapsulatedFrame> frames, FrameLocationRule rule)
    {
        _frames = frames;
        Rule = rule;
    }

    /// <summary>The rule that located the frames.</summary>
    public FrameLocationRule Rule { get; }

    /// <summary>The number of frames found (1 for a video bitstream).</summary>
    public int Count => _frames.Count;

    /// <summary>The frame at zero-based <paramref name="index"/>.</summary>
    public EncapsulatedFrame this[int index] => _frames[index];

    /// <summary>
    /// Locates the frames of the data set's Pixel Data, using Number of Frames (0028,0008), absent
    /// meaning 1, and the Extended Offset Table elements when present.
    /// </summary>
    /// <exception cref="DicomFormatException">Pixel Data is missing or native, or the frames cannot be located.</exception>
    public static EncapsulatedFrames Locate(DicomDataset dataset, TransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (dataset[DicomTags.PixelData] is not DicomFragmentSequence pixelData)
        {
            throw new DicomFormatException(
                "Pixel Data (7FE0,0010) is missing or not encapsulated, so it has no frames to locate.");
        }

        var numberOfFrames = dataset.GetInt32(DicomTags.NumberOfFrames) ?? 1;
        var offsets = (dataset[DicomTags.ExtendedOffsetTable] as DicomElement)?.Value;
        var lengths = (dataset[DicomTags.ExtendedOffsetTableLengths] as DicomElement)?.Value;
        return Locate(pixelData, numberOfFrames, transferSyntax, offsets, lengths);
    }

    /// <summary>Locates the frames of <paramref name="pixelData"/> by the rules of this type.</summary>
    /// <param name="pixelData">The encapsulated Pixel Data.</param>
    /// <param name="numberOfFrames">The value of Number of Frames (0028,0008); 1 when absent.</param>
    /// <param name="transferSyntax">The data set's transfer syntax, which decides the video and marker rules.</param>
    /// <param name="extendedOffsetTable">The value of (7FE0,0001), or null.</param>
    /// <param name="extendedOffsetTableLengths">The value of (7FE0,0002), required with <paramref name="extendedOffsetTable"/>.</param>
    /// <exception cref="DicomFormatException">The frames cannot be located, with the reason and the offending value.</exception>
    public static EncapsulatedFrames Locate(
        DicomFragmentSequence pixelData,
        int numberOfFrames,
        TransferSyntax transferSyntax,
        IByteSource? extendedOffsetTable = null,
        IByteSource? extendedOffsetTableLengths = null)
    {
        ArgumentNullException.ThrowIfNull(pixelData);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        var fragments = pixelData.Fragments;
        if (fragments.Count == 0)
        {
            throw new DicomFormatException("Encapsulated Pixel Data has no fragment after the Basic Offset Table.");
        }

        if (IsVideo(transferSyntax))
        {
            return new([Frame(0, fragments, 0, fragments.Count)], FrameLocationRule.VideoBitstream);
        }

        if (numberOfFrames < 1)
        {
            throw new DicomFormatException("Number of Frames (0028,0008) is "
                + numberOfFrames.ToString(CultureInfo.InvariantCulture) + "; expected 1 or more.");
        }

        if (extendedOffsetTable is not null)
        {
            var table = FrameOffsetTable.ReadExtended(extendedOffsetTable, extendedOffsetTableLengths);
            return new(table.Apply(fragments, numberOfFrames), FrameLocationRule.ExtendedOffsetTable);
        }

        if (pixelData.BasicOffsetTable.Length > 0)
        {
            var table = FrameOffsetTable.ReadBasic(pixelData.BasicOffsetTable);
            return new(table.Apply(fragments, numberOfFrames), FrameLocationRule.BasicOffsetTable);
        }

        return LocateWithoutOffsets(fragments, numberOfFrames, transferSyntax);
    }

    /// <inheritdoc/>
    public IEnumerator<EncapsulatedFrame> GetEnumerator() => _frames.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static EncapsulatedFrame Frame(int index, IReadOnlyList<IByteSource> fragments, int first, int count, long? length = null)
    {
        var own = fragments.Skip(first).Take(count).ToArray();
        return new EncapsulatedFrame(index, first, own, length ?? own.Sum(fragment => fragment.Length));
    }

    // MPEG-2, H.264 and HEVC are 1.2.840.10008.1.2.4.100 to .108 and their fragmentable .1 variants.
    private static bool IsVideo(TransferSyntax syntax) =>
        syntax.Uid.StartsWith("1.2.840.10008.1.2.4.10", StringComparison.Ordinal) && syntax.IsLossy;

    private static EncapsulatedFrames LocateWithoutOffsets(
        IReadOnlyList<IByteSource> fragments, int numberOfFrames, TransferSyntax transferSyntax)
    {
        if (numberOfFrames == 1)
        {
            return new([Frame(0, fragments, 0, fragments.Count)], FrameLocationRule.SingleFrame);
        }

        if (fragments.Count == numberOfFrames)
        {
            var frames = Enumerable.Range(0, numberOfFrames).Select(i => Frame(i, fragments, i, 1)).ToList();
            return new(frames, FrameLocationRule.OneFragmentPerFrame);
        }

        var counts = Invariant(fragments.Count) + " fragments for " + Invariant(numberOfFrames) + " frames";
        if (fragments.Count < numberOfFrames)
        {
            throw new DicomFormatException("Encapsulated Pixel Data has an empty Basic Offset Table and "
                + counts + "; every frame needs at least one fragment.");
        }

        if (!EndOfImageSyntaxes.Contains(transferSyntax))
        {
            throw new DicomFormatException("Encapsulated Pixel Data in " + transferSyntax.Name + " has an empty Basic "
                + "Offset Table and " + counts + "; frame boundaries can be found only from an offset table "
                + "or, for JPEG, JPEG-LS and JPEG 2000, from end-of-image markers.");
        }

        return new(SplitAtEndOfImageMarkers(fragments, numberOfFrames, counts), FrameLocationRule.EndOfImageMarker);
    }

    private static List<EncapsulatedFrame> SplitAtEndOfImageMarkers(
        IReadOnlyList<IByteSource> fragments, int numberOfFrames, string counts)
    {
        var frames = new List<EncapsulatedFrame>(numberOfFrames);
        var first = 0;

        // The last byte of the current frame's fragments so far, because an encoder that cuts a frame
        // into fixed-size fragments can end one fragment with the FF and start the next with the D9.
        int? previousByte = null;
        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            var tail = ReadTail(fragment, MarkerSearchLength);
            var wholeFragment = tail.Length == fragment.Length;
            if (EndsWithEndOfImage(tail, wholeFragment ? previousByte : null) && frames.Count < numberOfFrames)
            {
                frames.Add(Frame(frames.Count, fragments, first, i - first + 1));
                first = i + 1;
                previousByte = null;
            }
            else if (tail.Length > 0)
            {
                previousByte = tail[^1];
            }
        }

        if (frames.Count != numberOfFrames || first != fragments.Count)
        {
            throw new DicomFormatException("Encapsulated Pixel Data has an empty Basic Offset Table and " + counts
                + ", but " + Invariant(frames.Count) + " frames end with an FFD9 marker within the last "
                + Invariant(MarkerSearchLength) + " bytes of a fragment (or split between two fragments) and "
                + Invariant(fragments.Count - first)
                + " fragments follow the last such marker; the frame boundaries cannot be found.");
        }

        return frames;
    }

    /// <summary>
    /// Returns true when <paramref name="tail"/> contains FFD9, or starts with D9 right after an FF
    /// that ended the previous fragment (<paramref name="previousByte"/>, null when there is none).
    /// </summary>
    private static bool EndsWithEndOfImage(byte[] tail, int? previousByte)
    {
        if (previousByte == 0xFF && tail.Length > 0 && tail[0] == 0xD9)
        {
            return true;
        }

        for (var i = 0; i + 1 < tail.Length; i++)
        {
            if (tail[i] == 0xFF && tail[i + 1] == 0xD9)
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] ReadTail(IByteSource fragment, int maxLength)
    {
        var length = (int)Math.Min(fragment.Length, maxLength);
        var start = fragment.Length - length;
        switch (fragment)
        {
            case MemoryByteSource memory:
                return memory.Memory.Slice((int)start, length).ToArray();
            case FileByteSource file when file.SwapUnit == 0:
                return new FileByteSource(file.Path, file.Offset + start, length).ToArray();
            default:
                return ReadTailByStreaming(fragment, start, length);
        }
    }

    private static byte[] ReadTailByStreaming(IByteSource fragment, long start, int length)
    {
        using var stream = fragment.OpenRead();
        var skipBuffer = new byte[64 * 1024];
        for (var skipped = 0L; skipped < start;)
        {
            var read = stream.Read(skipBuffer, 0, (int)Math.Min(skipBuffer.Length, start - skipped));
            if (read == 0)
            {
                throw new EndOfStreamException("A fragment ended before its stated length.");
            }

            skipped += read;
        }

        var tail = new byte[length];
        stream.ReadExactly(tail);
        return tail;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
