namespace TeachingFile.Core.Configuration;

/// <summary>Where content files are read from (configuration section "Content").</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// Content folder; default "content", the copy the web project places beside its binaries. A
    /// relative path is resolved against the application's base directory.
    /// </summary>
    public string Root { get; set; } = "content";

    public string CurriculumPath => Path.Combine(Root, "curriculum.yaml");
}
