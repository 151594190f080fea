namespace TeachingFile.Core.Tagging;

/// <summary>A first-level curriculum entry (e.g. thoracic) with its topics.</summary>
public sealed class CurriculumSubspecialty
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public List<CurriculumTopic> Topics { get; set; } = [];
}
