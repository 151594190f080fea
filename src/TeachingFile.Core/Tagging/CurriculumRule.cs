using System.Text.RegularExpressions;

namespace TeachingFile.Core.Tagging;

/// <summary>
/// One dicom_mapping rule: it matches when every criterion it sets matches (any listed modality,
/// any listed body part, the regex on any study or series description).
/// </summary>
public sealed class CurriculumRule(
    IReadOnlySet<string> modalities,
    IReadOnlySet<string> bodyParts,
    Regex? descriptionPattern,
    string? primary,
    IReadOnlyList<string> secondary)
{
    public IReadOnlySet<string> Modalities { get; } = modalities;

    public IReadOnlySet<string> BodyParts { get; } = bodyParts;

    public Regex? DescriptionPattern { get; } = descriptionPattern;

    /// <summary>Subspecialty id this rule suggests as primary, or null for a rule that only adds secondaries.</summary>
    public string? Primary { get; } = primary;

    /// <summary>Subspecialty ids added as secondary topics (secondary and add_secondary in YAML).</summary>
    public IReadOnlyList<string> Secondary { get; } = secondary;

    public bool Matches(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Modalities.Count > 0 && !facts.Modalities.Overlaps(Modalities))
        {
            return false;
        }

        if (BodyParts.Count > 0 && !facts.BodyParts.Overlaps(BodyParts))
        {
            return false;
        }

        return DescriptionPattern is null || facts.Descriptions.Any(DescriptionPattern.IsMatch);
    }
}
