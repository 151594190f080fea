namespace TeachingFile.Dicom;

/// <summary>
/// One Person Name (PN) value split into its component groups (PS3.5 6.2.1.1): alphabetic, ideographic and
/// phonetic, separated by '='. Each group has up to five components separated by '^': family name, given
/// name, middle name, prefix, suffix. The split runs on decoded text, so delimiter bytes inside multi-byte
/// characters (GB18030, GBK) do not split a name.
/// </summary>
/// <param name="Alphabetic">The alphabetic group; empty when absent.</param>
/// <param name="Ideographic">The ideographic group (for example kanji or hanja); empty when absent.</param>
/// <param name="Phonetic">The phonetic group (for example hiragana or hangul); empty when absent.</param>
public sealed record DicomPersonName(string Alphabetic, string Ideographic, string Phonetic)
{
    /// <summary>Splits one decoded PN value (no '\') into its groups; groups past the third are ignored.</summary>
    public static DicomPersonName Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var groups = value.TrimEnd(' ', '\0').Split('=');
        return new DicomPersonName(
            groups[0].Trim(' '),
            groups.Length > 1 ? groups[1].Trim(' ') : string.Empty,
            groups.Length > 2 ? groups[2].Trim(' ') : string.Empty);
    }

    /// <summary>
    /// Splits a group into its five components (family, given, middle, prefix, suffix); missing ones are
    /// empty strings and components past the fifth are ignored.
    /// </summary>
    public static string[] GetComponents(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var components = new string[5];
        var parts = group.Split('^');
        for (var i = 0; i < components.Length; i++)
        {
            components[i] = i < parts.Length ? parts[i].Trim(' ') : string.Empty;
        }

        return components;
    }
}
