namespace TeachingFile.Core.Search;

/// <summary>A search request: free text plus optional facet filters (all must match).</summary>
public sealed record CaseSearchQuery(
    string? Text,
    IReadOnlyList<string>? Modalities = null,
    IReadOnlyList<string>? BodyParts = null,
    IReadOnlyList<string>? Topics = null,
    int Skip = 0,
    int Take = 20)
{
    /// <summary>Age group filter (neonate, infant, child, adolescent, adult, older adult), or null for any.</summary>
    public string? AgeGroup { get; init; }

    /// <summary>Patient sex filter (M, F, O), or null for any.</summary>
    public string? PatientSex { get; init; }
}
