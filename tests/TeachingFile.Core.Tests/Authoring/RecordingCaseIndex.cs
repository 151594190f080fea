using TeachingFile.Core.Search;

namespace TeachingFile.Core.Tests.Authoring;

/// <summary>Records what the authoring service sends to the index; the Lucene index has its own tests.</summary>
internal sealed class RecordingCaseIndex : ICaseIndex
{
    public Dictionary<int, CaseSearchDocument> Documents { get; } = [];

    public Task IndexAsync(CaseSearchDocument document, CancellationToken cancellationToken)
    {
        Documents[document.CaseId] = document;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(int caseId, CancellationToken cancellationToken)
    {
        Documents.Remove(caseId);
        return Task.CompletedTask;
    }

    public Task RebuildAsync(IAsyncEnumerable<CaseSearchDocument> documents, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The authoring service never rebuilds the index.");

    public Task<CaseSearchResults> SearchAsync(CaseSearchQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The authoring service never searches.");
}
