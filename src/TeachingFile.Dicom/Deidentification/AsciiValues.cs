using System.Text;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Reads and writes element values without resolving the Specific Character Set when the bytes are plain
/// ASCII: resolving it costs more than the rest of the per-element work, and ASCII decodes the same under
/// every character set.
/// </summary>
internal static class AsciiValues
{
    private const byte Escape = 0x1B;

    /// <summary>Returns the value as text with trailing padding trimmed: decoded as ASCII when every byte
    /// is ASCII without ISO 2022 escapes, else through the data set's character set.</summary>
    public static string ReadText(DicomDataset dataset, DicomElement element)
    {
        var bytes = element.Value.ToArray();
        foreach (var b in bytes)
        {
            if (b >= 0x80 || b == Escape)
            {
                return dataset.GetString(element.Tag) ?? string.Empty;
            }
        }

        return Encoding.ASCII.GetString(bytes).TrimEnd('\0', ' ');
    }

    /// <summary>Returns the text of <paramref name="tag"/> as <see cref="ReadText(DicomDataset, DicomElement)"/>
    /// does; null when the attribute is absent or not an element.</summary>
    public static string? ReadText(DicomDataset dataset, DicomTag tag) =>
        dataset[tag] is DicomElement element ? ReadText(dataset, element) : null;

    /// <summary>
    /// Writes an ASCII value padded to even length. Every value this engine writes is ASCII (pseudonyms,
    /// UIDs, dates, dummies, vocabulary words and code meanings), and ASCII is valid unchanged under every
    /// Specific Character Set, so the data set's character set stays consistent.
    /// </summary>
    public static void Write(DicomDataset dataset, DicomTag tag, DicomVR vr, string value)
    {
        var length = value.Length + (value.Length & 1);
        var bytes = new byte[length];
        Encoding.ASCII.GetBytes(value, bytes);
        if (length > value.Length)
        {
            bytes[^1] = vr.PaddingByte;
        }

        dataset.AddOrUpdate(new DicomElement(tag, vr, new MemoryByteSource(bytes)));
    }
}
