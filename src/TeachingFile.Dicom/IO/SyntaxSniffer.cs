using System.Buffers.Binary;

namespace TeachingFile.Dicom.IO;

/// <summary>Infers the encoding of a data set from its first elements (PS3.10 recovery).</summary>
internal static class SyntaxSniffer
{
    /// <summary>How many stray bytes before a bare data set are skipped at most.</summary>
    private const int MaxStrayBytes = 128;

    /// <summary>
    /// Infers the encoding of the data set at the current position, which the meta group declared to exist.
    /// VR letters after the tag mean explicit VR. A group number that is smaller read big endian means big endian.
    /// </summary>
    public static TransferSyntax Infer(DicomInput input, List<string> warnings)
    {
        Span<byte> bytes = stackalloc byte[6];
        var syntax = TransferSyntax.ExplicitVRLittleEndian;
        if (input.Peek(bytes) == 6)
        {
            var explicitVR = DicomVR.FromBytes(bytes[4], bytes[5]) is not null;
            var bigEndian = explicitVR && BinaryPrimitives.ReadUInt16BigEndian(bytes) < BinaryPrimitives.ReadUInt16LittleEndian(bytes);
            syntax = bigEndian ? TransferSyntax.ExplicitVRBigEndian
                : explicitVR ? TransferSyntax.ExplicitVRLittleEndian : TransferSyntax.ImplicitVRLittleEndian;
        }

        warnings.Add($"Transfer syntax inferred from the first data set element: {syntax.Name}.");
        return syntax;
    }

    /// <summary>
    /// Finds a bare data set (no preamble, no meta group) at the current position, or after a few stray
    /// bytes: two consecutive well-formed elements of a low group (0004 to 0010) in ascending order. Moves the
    /// input to its start; null when there is none.
    /// </summary>
    public static TransferSyntax? FindBareDataset(DicomInput input, List<string> warnings)
    {
        var start = input.Position;
        var window = new byte[MaxStrayBytes + 64];
        var count = input.Peek(window);
        for (var skip = 0; skip < MaxStrayBytes && skip + 24 <= count; skip++)
        {
            var syntax = Candidates.FirstOrDefault(candidate => LooksLikeDataset(window.AsSpan(skip, count - skip), candidate));
            if (syntax is not null)
            {
                if (skip > 0)
                {
                    warnings.Add($"{skip} stray bytes before the data set were skipped.");
                }

                warnings.Add($"Transfer syntax inferred from the first data set elements: {syntax.Name}.");
                input.Seek(start + skip);
                return syntax;
            }
        }

        return null;
    }

    private static readonly TransferSyntax[] Candidates =
        [TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian];

    private static bool LooksLikeDataset(ReadOnlySpan<byte> bytes, TransferSyntax syntax)
    {
        if (!TryElement(bytes, syntax, out var first, out var size) || first.Group is < 0x0004 or > 0x0010)
        {
            return false;
        }

        if (size < 0)
        {
            return true;  // A sequence of undefined length: its valid VR and low group are evidence enough.
        }

        return size + 8 <= bytes.Length
            && TryElement(bytes[(int)size..], syntax, out var second, out _)
            && second.Value > first.Value && second.Group - first.Group <= 0x0010;
    }

    /// <summary>
    /// Reads a tag and the element's total size (-1 for an undefined-length SQ or UN); false when the header
    /// is not plausible.
    /// </summary>
    private static bool TryElement(ReadOnlySpan<byte> bytes, TransferSyntax syntax, out DicomTag tag, out long size)
    {
        tag = default;
        size = 0;
        if (bytes.Length < 12)
        {
            return false;
        }

        var big = syntax.IsBigEndian;
        tag = new DicomTag(U16(bytes, 0, big), U16(bytes, 2, big));
        if (tag.Group % 2 == 1)
        {
            return false;
        }

        if (!syntax.IsExplicitVR)
        {
            var length = U32(bytes, 4, big);
            size = length == ElementHeader.UndefinedLength ? -1 : 8L + length;
            if (size < 0)
            {
                return DicomVR.FromBytes(bytes[4], bytes[5]) is null;
            }

            return DicomVR.FromBytes(bytes[4], bytes[5]) is null && U32(bytes, 4, big) < 0x10000;
        }

        var vr = DicomVR.FromBytes(bytes[4], bytes[5]);
        if (vr is null)
        {
            return false;
        }

        if (vr.Has32BitLength && U32(bytes, 8, big) == ElementHeader.UndefinedLength)
        {
            size = -1;
            return vr == DicomVR.SQ || vr == DicomVR.UN;
        }

        size = vr.Has32BitLength ? 12L + U32(bytes, 8, big) : 8L + U16(bytes, 6, big);
        return !vr.Has32BitLength || U32(bytes, 8, big) < 0x10000;
    }

    private static ushort U16(ReadOnlySpan<byte> bytes, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);

    private static uint U32(ReadOnlySpan<byte> bytes, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
}
