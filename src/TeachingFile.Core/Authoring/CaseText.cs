namespace TeachingFile.Core.Authoring;

/// <summary>The author-written Markdown sections of a case.</summary>
public sealed record CaseText(
    string Title,
    string History,
    string Findings,
    string Diagnosis,
    string Discussion)
{
    /// <summary>Maximum title length in characters, matching the database column.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Maximum length of one Markdown section in characters.</summary>
    public const int MaxSectionLength = 20_000;
}
