using System.Text;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

/// <summary>
/// Collects the text values of a real file that the default profile must not let through: attributes
/// whose row removes, zeroes, dummies or replaces them, patient name and ID, dates, and private text, at
/// every depth. Values shorter than 6 characters, well-known UIDs and values that also occur in an
/// attribute the profile keeps (Manufacturer "TOSHIBA_MEC" contains Institution Name "TOSHIBA") are
/// skipped.
/// </summary>
internal static class IdentifyingValues
{
    private const int MinimumLength = 6;

    public static HashSet<string> Collect(DicomDataset dataset)
    {
        var resolved = AnnexEActionResolver.ResolveAll(new DeidentificationOptions().ToAnnexEOptions());
        var values = new HashSet<string>(StringComparer.Ordinal);
        using var kept = new MemoryStream();
        Collect(dataset, resolved, values, kept);
        var keptBytes = kept.ToArray();
        values.RemoveWhere(value => DatasetBytes.Contains(keptBytes, value));
        return values;
    }

    private static void Collect(DicomDataset dataset, ResolvedRule[] resolved, HashSet<string> values, MemoryStream kept)
    {
        foreach (var item in dataset)
        {
            if (item is DicomSequence sequence)
            {
                foreach (var nested in sequence.Items)
                {
                    Collect(nested, resolved, values, kept);
                }
            }
            else if (item is DicomElement element && IsIdentifying(element, resolved))
            {
                AddValues(element, values);
            }
            else if (item is DicomElement keptElement && keptElement.Length < 1 << 24)
            {
                kept.Write(keptElement.Value.ToArray());
                kept.WriteByte(0xFF);
            }
            else if (item is DicomFragmentSequence fragments)
            {
                foreach (var fragment in fragments.Fragments)
                {
                    kept.Write(fragment.ToArray());
                    kept.WriteByte(0xFF);
                }
            }
        }
    }

    private static bool IsIdentifying(DicomElement element, ResolvedRule[] resolved)
    {
        var tag = element.Tag;
        if ((tag.Group & 1) == 1 || tag == DicomTags.PatientName || tag == DicomTags.PatientID)
        {
            return element.VR.IsString;
        }

        if (element.VR == DicomVR.DA || element.VR == DicomVR.DT)
        {
            return true;
        }

        var index = AnnexERuleIndex.Find(tag.Value);
        return index >= 0 && resolved[index].Action is not (ElementAction.Keep or ElementAction.Clean)
            && element.VR.IsString;
    }

    /// <summary>Adds the raw value bytes (as Latin-1 text, one char per byte), so values in any character
    /// set, ISO 2022 escapes included, are searched as they were encoded.</summary>
    private static void AddValues(DicomElement element, HashSet<string> values)
    {
        var text = Encoding.Latin1.GetString(element.Value.ToArray());
        foreach (var value in text.Split('\\'))
        {
            var trimmed = value.Trim(' ', '\0');
            if (trimmed.Length >= MinimumLength && !UidReplacer.IsWellKnown(trimmed))
            {
                values.Add(trimmed);
            }
        }
    }
}
