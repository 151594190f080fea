namespace TeachingFile.Core.Configuration;

/// <summary>Where content files are read from (configuration section "Content").</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>Content folder; default "content", a relative path is resolved against the content root.</summary>
    public string Root { get; set; } = "content";

    public string CurriculumPath => Path.Combine(Root, "curriculum.yaml");
}
