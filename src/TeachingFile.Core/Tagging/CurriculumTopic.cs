namespace TeachingFile.Core.Tagging;

/// <summary>A second-level curriculum entry; its tag value is "&lt;subspecialty id&gt;.&lt;topic id&gt;".</summary>
public sealed class CurriculumTopic
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
