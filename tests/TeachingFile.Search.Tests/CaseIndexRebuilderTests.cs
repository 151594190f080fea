using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;
using TeachingFile.Core.Search;

namespace TeachingFile.Search.Tests;

public sealed class CaseIndexRebuilderTests : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tf-rebuild-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public CaseIndexRebuilderTests()
    {
        Directory.CreateDirectory(_root);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Search:IndexPath"] = Path.Combine(_root, "index") })
            .Build();
        var connection = $"Data Source={Path.Combine(_root, "test.db")}";
        _services = new ServiceCollection()
            .AddLogging()
            .AddDbContext<TeachingFileDbContext>(options => options.UseSqlite(connection))
            .AddTeachingFileSearch(configuration)
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Start_fills_empty_index_with_published_cases()
    {
        await AddCasesAsync(Case("Published pneumothorax", CaseStatus.Published), Case("Draft pneumothorax", CaseStatus.Draft));

        await Rebuilder.StartAsync(CancellationToken.None);
        var results = await Index.SearchAsync(new CaseSearchQuery("pneumothorax"), CancellationToken.None);

        Assert.Equal(["Published pneumothorax"], results.Hits.Select(hit => hit.Title));
        Assert.Equal([new FacetCount("CR", 1)], results.Facets[CaseSearchFacets.Modality]);
    }

    [Fact]
    public async Task Start_keeps_non_empty_index()
    {
        await AddCasesAsync(Case("First fracture", CaseStatus.Published));
        await Rebuilder.StartAsync(CancellationToken.None);
        await AddCasesAsync(Case("Second fracture", CaseStatus.Published));

        await Rebuilder.StartAsync(CancellationToken.None);

        Assert.Equal(1, Index.DocumentCount);
    }

    [Fact]
    public async Task Rebuild_indexes_every_published_case()
    {
        await AddCasesAsync(Case("First fracture", CaseStatus.Published));
        await Rebuilder.StartAsync(CancellationToken.None);
        await AddCasesAsync(Case("Second fracture", CaseStatus.Published));

        var count = await Rebuilder.RebuildAsync(CancellationToken.None);

        Assert.Equal(2, count);
        Assert.Equal(2, Index.DocumentCount);
    }

    private CaseIndexRebuilder Rebuilder => _services.GetRequiredService<CaseIndexRebuilder>();

    private LuceneCaseIndex Index => _services.GetRequiredService<LuceneCaseIndex>();

    private static TeachingCase Case(string title, CaseStatus status) => new()
    {
        Title = title,
        Status = status,
        Findings = "Findings of " + title,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
        PublishedAt = status == CaseStatus.Published ? DateTimeOffset.UtcNow : null,
        Tags = [new CaseTag { Kind = TagKind.Modality, Value = "CR" }],
    };

    private async Task AddCasesAsync(params TeachingCase[] cases)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>();
        await db.Database.EnsureCreatedAsync();
        db.Cases.AddRange(cases);
        await db.SaveChangesAsync();
    }
}
