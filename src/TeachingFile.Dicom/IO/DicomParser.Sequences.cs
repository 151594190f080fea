namespace TeachingFile.Dicom.IO;

/// <summary>Sequences stored with another VR: UN (PS3.5 6.2.2) and dictionary SQ elements given a text VR.</summary>
internal sealed partial class DicomParser
{
    private DicomSequence? TryReadUnknownSequence(ElementHeader header, int depth) =>
        TryReadSequenceValue(header, ElementEncoding.ImplicitLittle, depth,
            $"UN element {header.Tag} at offset {header.Offset} read as an implicit VR sequence (PS3.5 6.2.2).");

    private DicomSequence? TryReadSequenceStoredAsValue(ElementHeader header, ElementEncoding encoding, int depth) =>
        TryReadSequenceValue(header, encoding, depth,
            $"Element {header.Tag} at offset {header.Offset} has VR {header.VR}, but the dictionary VR is SQ and the " +
            "value contains items; read as a sequence.");

    /// <summary>
    /// Returns true for a value of defined length whose tag the dictionary defines as SQ and whose first bytes
    /// are an Item tag, as files written with a wrong VR have. Other values keep their VR.
    /// </summary>
    private bool IsSequenceStoredAsValue(ElementHeader header)
    {
        if (header.Length < 8 || DicomDictionary.Default.GetDefaultVR(header.Tag) != DicomVR.SQ)
        {
            return false;
        }

        return StartsWithItemTag();
    }

    private bool StartsWithItemTag()
    {
        Span<byte> start = stackalloc byte[4];
        return input.Peek(start) == 4
            && (start.SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF, 0x00, 0xE0])
                || start.SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE, 0xE0, 0x00]));
    }

    /// <summary>
    /// Reads a value of defined length as a sequence in <paramref name="encoding"/>. Returns null, with the
    /// input back at the value's start, when the items do not parse or do not end exactly at the value's end.
    /// </summary>
    private DicomSequence? TryReadSequenceValue(ElementHeader header, ElementEncoding encoding, int depth, string warning)
    {
        var start = input.Position;
        var end = start + header.Length;
        var warningCount = warnings.Count;
        try
        {
            var sequence = ReadSequence(header.Tag, end, encoding, depth);
            if (input.Position == end)
            {
                Warn(warning);
                return sequence;
            }
        }
        catch (DicomFormatException)
        {
        }

        warnings.RemoveRange(warningCount, warnings.Count - warningCount);
        input.Seek(start);
        return null;
    }
}
