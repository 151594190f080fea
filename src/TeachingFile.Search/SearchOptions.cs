namespace TeachingFile.Search;

/// <summary>Settings of the Lucene case index, bound from the "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// Folder of the Lucene index. When empty, <see cref="SearchServiceCollectionExtensions"/> uses
    /// {Storage:Root}/index.
    /// </summary>
    public string IndexPath { get; set; } = string.Empty;

    /// <summary>
    /// Synonym file in Solr format. Null (the default) uses the copy of content/synonyms.txt built
    /// into this assembly.
    /// </summary>
    public string? SynonymsPath { get; set; }
}
