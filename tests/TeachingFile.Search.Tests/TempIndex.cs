using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Search;
using TeachingFile.Search;

namespace TeachingFile.Search.Tests;

/// <summary>A Lucene index in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempIndex : IDisposable
{
    public TempIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tf-search-" + Guid.NewGuid().ToString("N"));
        Index = Open();
    }

    public string Path { get; }

    public LuceneCaseIndex Index { get; private set; }

    public LuceneCaseIndex Reopen()
    {
        Index.Dispose();
        Index = Open();
        return Index;
    }

    public Task<CaseSearchResults> SearchAsync(string? text) =>
        Index.SearchAsync(new CaseSearchQuery(text), CancellationToken.None);

    public async Task AddAsync(params CaseSearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            await Index.IndexAsync(document, CancellationToken.None);
        }
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Path, recursive: true);
    }

    private LuceneCaseIndex Open() =>
        new(Options.Create(new SearchOptions { IndexPath = Path }), NullLogger<LuceneCaseIndex>.Instance);

    public static CaseSearchDocument Case(
        int id,
        string title,
        string findings = "",
        string diagnosis = "",
        string history = "",
        string discussion = "",
        string[]? modalities = null,
        string[]? bodyParts = null,
        string[]? topics = null,
        DateTimeOffset? publishedAt = null) =>
        new(id, title, history, findings, diagnosis, discussion,
            modalities ?? [], bodyParts ?? [], topics ?? [], "adult", "F",
            publishedAt ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(id));
}
