using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Tagging;

/// <summary>Computes a case's automatic tags from its stored study and series rows.</summary>
public static class CaseTagRules
{
    /// <summary>Modalities of objects that are not images (key objects, presentation states, reports).</summary>
    private static readonly HashSet<string> NonImageModalities =
        new(["KO", "PR", "SR", "DOC", "REG", "FID", "AU", "ECG"], StringComparer.Ordinal);

    public static CaseFacts GatherFacts(TeachingCase teachingCase, Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(teachingCase);
        var series = teachingCase.Studies.SelectMany(s => s.Series).ToList();
        var modalities = series.Select(s => s.Modality.Trim().ToUpperInvariant())
            .Where(m => m.Length > 0 && !NonImageModalities.Contains(m))
            .ToHashSet(StringComparer.Ordinal);
        var bodyParts = series.SelectMany(s => BodyPartResolver.Resolve(s, curriculum))
            .ToHashSet(StringComparer.Ordinal);
        var descriptions = teachingCase.Studies.Select(s => s.StudyDescription)
            .Concat(series.Select(s => s.SeriesDescription))
            .OfType<string>().Where(d => d.Length > 0).ToList();
        var ageDays = teachingCase.Studies.Select(s => AgeGroups.ParseAgeDays(s.PatientAge)).FirstOrDefault(d => d is not null);
        return new CaseFacts(modalities, bodyParts, descriptions, ageDays);
    }

    /// <summary>Returns the automatic tags: modalities, body parts, age group, sex and curriculum subspecialties.</summary>
    public static IReadOnlyList<(TagKind Kind, string Value)> Compute(TeachingCase teachingCase, Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        var facts = GatherFacts(teachingCase, curriculum);
        var tags = new List<(TagKind, string)>();
        tags.AddRange(facts.Modalities.Order(StringComparer.Ordinal).Select(m => (TagKind.Modality, m)));
        tags.AddRange(facts.BodyParts.Order(StringComparer.Ordinal).Select(b => (TagKind.BodyPart, b)));
        if (AgeGroups.FromAgeDays(facts.PatientAgeDays) is { } ageGroup)
        {
            tags.Add((TagKind.AgeGroup, ageGroup));
        }

        if (FindSex(teachingCase) is { } sex)
        {
            tags.Add((TagKind.Sex, sex));
        }

        tags.AddRange(curriculum.SuggestSubspecialties(facts).Select(id => (TagKind.Topic, id)));
        return tags;
    }

    public static string? FindSex(TeachingCase teachingCase)
    {
        ArgumentNullException.ThrowIfNull(teachingCase);
        return teachingCase.Studies.Select(s => s.PatientSex?.Trim().ToUpperInvariant())
            .FirstOrDefault(s => s is "M" or "F" or "O");
    }
}
