namespace TeachingFile.Core.Search;

/// <summary>One page of hits, the total count, and facet counts over all hits.</summary>
public sealed record CaseSearchResults(
    int TotalHits,
    IReadOnlyList<CaseSearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool FellBackToPlainText);
