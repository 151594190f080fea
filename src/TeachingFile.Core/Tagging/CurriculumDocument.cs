namespace TeachingFile.Core.Tagging;

/// <summary>The YAML shape of content/curriculum.yaml (snake_case keys).</summary>
internal sealed class CurriculumDocument
{
    public int Version { get; set; }

    public List<CurriculumSubspecialty> Subspecialties { get; set; } = [];

    public CurriculumMappingDocument? DicomMapping { get; set; }

    /// <summary>Body part term (PS3.16 Annex L) to regexes matched against descriptions and code meanings.</summary>
    public Dictionary<string, List<string>> BodyPartKeywords { get; set; } = [];
}
