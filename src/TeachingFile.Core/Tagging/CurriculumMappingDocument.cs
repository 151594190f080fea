namespace TeachingFile.Core.Tagging;

internal sealed class CurriculumMappingDocument
{
    public CurriculumAgeRuleDocument? AgeRule { get; set; }

    public List<CurriculumRuleDocument> Rules { get; set; } = [];
}

internal sealed class CurriculumAgeRuleDocument
{
    public int IfPatientAgeYearsBelow { get; set; }

    public string? AddSecondary { get; set; }
}

internal sealed class CurriculumRuleDocument
{
    public List<string>? Modality { get; set; }

    public List<string>? BodyPart { get; set; }

    public string? DescriptionRegex { get; set; }

    public string? Primary { get; set; }

    public List<string>? Secondary { get; set; }

    public string? AddSecondary { get; set; }
}
