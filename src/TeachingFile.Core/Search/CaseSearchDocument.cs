namespace TeachingFile.Core.Search;

/// <summary>What the index stores of one published case. Text fields are Markdown source.</summary>
public sealed record CaseSearchDocument(
    int CaseId,
    string Title,
    string History,
    string Findings,
    string Diagnosis,
    string Discussion,
    IReadOnlyList<string> Modalities,
    IReadOnlyList<string> BodyParts,
    IReadOnlyList<string> Topics,
    string? AgeGroup,
    string? PatientSex,
    DateTimeOffset PublishedAt);
