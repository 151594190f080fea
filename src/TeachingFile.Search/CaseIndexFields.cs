using TeachingFile.Core.Search;

namespace TeachingFile.Search;

/// <summary>Field names of a case document in the Lucene index.</summary>
internal static class CaseIndexFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string History = "history";
    public const string Findings = "findings";
    public const string Diagnosis = "diagnosis";
    public const string Discussion = "discussion";
    public const string All = "all";
    public const string PublishedTicks = "published";

    public static IReadOnlyList<string> Text { get; } = [Title, History, Findings, Diagnosis, Discussion];

    /// <summary>Fields a snippet is cut from, most useful first.</summary>
    public static IReadOnlyList<string> Snippet { get; } = [Findings, Diagnosis, History, Discussion, Title];

    /// <summary>Query-time boosts: title over diagnosis over findings over the rest.</summary>
    public static IDictionary<string, float> Boosts { get; } = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [Title] = 4f,
        [Diagnosis] = 3f,
        [Findings] = 2f,
        [History] = 1f,
        [Discussion] = 1f,
        [All] = 0.5f,
    };

    public static IReadOnlyList<string> Facets => CaseSearchFacets.All;
}
