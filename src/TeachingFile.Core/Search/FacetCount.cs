namespace TeachingFile.Core.Search;

/// <summary>A facet value and the number of hits that carry it.</summary>
public sealed record FacetCount(string Value, int Count);
