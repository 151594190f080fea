using System.Globalization;

namespace TeachingFile.Dicom;

/// <summary>
/// The PS3.6 data dictionary and PS3.7 command group, generated into DicomDictionaryGenerated.cs by
/// tools/generate_dicom_dictionary.py from the standard's data.
/// </summary>
public sealed partial class DicomDictionary
{
    private static readonly Lazy<DicomDictionary> LazyDefault = new(() => new DicomDictionary(GeneratedEntries));

    private static readonly DicomDictionaryEntry PrivateCreator =
        new(new DicomTag(0x0009, 0x0010), "PrivateCreator", "Private Creator", [DicomVR.LO], "1", false);

    private readonly Dictionary<uint, DicomDictionaryEntry> _exact = [];
    private readonly Dictionary<string, DicomDictionaryEntry> _byKeyword = new(StringComparer.Ordinal);
    private readonly List<(uint Mask, DicomDictionaryEntry Entry)> _repeating = [];

    private DicomDictionary(string rows)
    {
        foreach (var row in rows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = row.Split('\t');
            var value = uint.Parse(fields[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var mask = uint.Parse(fields[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var vrs = fields[4].Length == 0 ? [] : fields[4].Split('/').Select(DicomVR.Parse).ToArray();
            var entry = new DicomDictionaryEntry(
                new DicomTag(value), fields[2], fields[3], vrs, fields[5], fields[6] == "R");
            if (mask == uint.MaxValue)
            {
                _exact[value] = entry;
            }
            else
            {
                _repeating.Add((mask, entry));
            }

            if (entry.Keyword.Length > 0)
            {
                _byKeyword.TryAdd(entry.Keyword, entry);
            }
        }
    }

    /// <summary>The dictionary of the standard.</summary>
    public static DicomDictionary Default => LazyDefault.Value;

    /// <summary>Number of entries (exact and repeating-group).</summary>
    public int Count => _exact.Count + _repeating.Count;

    /// <summary>
    /// Finds the entry for <paramref name="tag"/>: exact tags first, then repeating groups (50xx, 60xx,
    /// 7Fxx, ... with even groups only), group length (gggg,0000) as UL and private creators as LO.
    /// </summary>
    public bool TryGetEntry(DicomTag tag, out DicomDictionaryEntry entry)
    {
        if (_exact.TryGetValue(tag.Value, out entry!))
        {
            return true;
        }

        if (tag.IsPrivate)
        {
            return TryGetPrivateEntry(tag, out entry);
        }

        if (tag.IsGroupLength)
        {
            entry = new DicomDictionaryEntry(tag, "GroupLength", "Group Length", [DicomVR.UL], "1", true);
            return true;
        }

        foreach (var (mask, candidate) in _repeating)
        {
            if ((tag.Value & mask) == candidate.Tag.Value && (tag.Group & 1) == 0)
            {
                entry = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the entry by its PS3.6 keyword, e.g. "PatientName".</summary>
    public bool TryGetEntry(string keyword, out DicomDictionaryEntry entry) =>
        _byKeyword.TryGetValue(keyword, out entry!);

    /// <summary>The first VR the dictionary lists for <paramref name="tag"/>, or UN when it is unknown.</summary>
    public DicomVR GetDefaultVR(DicomTag tag) =>
        TryGetEntry(tag, out var entry) && entry.ValueRepresentations.Count > 0
            ? entry.ValueRepresentations[0]
            : DicomVR.UN;

    private static bool TryGetPrivateEntry(DicomTag tag, out DicomDictionaryEntry entry)
    {
        if (tag.IsPrivateCreator)
        {
            entry = PrivateCreator with { Tag = tag };
            return true;
        }

        if (tag.IsGroupLength)
        {
            entry = new DicomDictionaryEntry(tag, "PrivateGroupLength", "Private Group Length", [DicomVR.UL], "1", true);
            return true;
        }

        entry = null!;
        return false;
    }
}
