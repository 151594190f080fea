namespace TeachingFile.Core.Search;

/// <summary>
/// Full-text index of published cases. The database is the source of truth: the index can be
/// rebuilt from it at any time.
/// </summary>
public interface ICaseIndex
{
    /// <summary>Adds or replaces the document of one case.</summary>
    Task IndexAsync(CaseSearchDocument document, CancellationToken cancellationToken);

    /// <summary>Removes a case (on unpublish or delete); a missing case is not an error.</summary>
    Task RemoveAsync(int caseId, CancellationToken cancellationToken);

    /// <summary>Replaces the whole index with the given documents.</summary>
    Task RebuildAsync(IAsyncEnumerable<CaseSearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Runs a user query. Invalid syntax falls back to a plain-text search, never an exception.</summary>
    Task<CaseSearchResults> SearchAsync(CaseSearchQuery query, CancellationToken cancellationToken);
}
