using System.Text;
using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Tagging;

/// <summary>
/// Finds a series' body parts: Body Part Examined when it is a known term, else the Anatomic Region
/// code meaning, else keywords in the series and study descriptions.
/// </summary>
public static class BodyPartResolver
{
    public static IReadOnlyList<string> Resolve(Series series, Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(curriculum);
        var fromBodyPart = Normalize(series.BodyPartExamined, curriculum);
        if (fromBodyPart.Count > 0)
        {
            return fromBodyPart;
        }

        var fromRegion = Normalize(series.AnatomicRegionMeaning, curriculum);
        if (fromRegion.Count > 0)
        {
            return fromRegion;
        }

        var fromSeries = curriculum.MatchBodyPartKeywords(series.SeriesDescription).ToList();
        return fromSeries.Count > 0
            ? fromSeries
            : curriculum.MatchBodyPartKeywords(series.Study?.StudyDescription).ToList();
    }

    // A value that is a known term once spaces and punctuation are dropped ("Chest", "ABDOMEN PELVIS")
    // is used as is; otherwise its words are matched against the keyword lists ("Thorax" -> CHEST).
    private static List<string> Normalize(string? value, Curriculum curriculum)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var term = LettersOnly(value);
        if (curriculum.KnownBodyParts.Contains(term))
        {
            return [term];
        }

        return curriculum.MatchBodyPartKeywords(value.Replace('_', ' ')).ToList();
    }

    private static string LettersOnly(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Where(char.IsAsciiLetterOrDigit))
        {
            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
