using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;
using TeachingFile.Core.Search;

namespace TeachingFile.Search;

/// <summary>
/// Rebuilds the case index from the published cases in the database, which is the source of truth.
/// As a hosted service it rebuilds on start when the index is empty (first start, or the index
/// folder was deleted), so a lost index does not hide the published cases. An index that is only
/// partly stale is not detected: call <see cref="RebuildAsync"/> for that.
/// </summary>
public sealed partial class CaseIndexRebuilder(
    IServiceScopeFactory scopeFactory,
    LuceneCaseIndex index,
    ILogger<CaseIndexRebuilder> logger) : IHostedService
{
    /// <summary>Replaces the index with every published case and returns how many were indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>();
            var cases = db.Cases.AsNoTracking()
                .Include(c => c.Tags)
                .Where(c => c.Status == CaseStatus.Published)
                .OrderBy(c => c.Id)
                .AsAsyncEnumerable();
            var counted = new CountingStream(cases);
            await index.RebuildAsync(counted.DocumentsAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            LogRebuilt(logger, counted.Count);
            return counted.Count;
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (index.DocumentCount > 0)
        {
            return;
        }

        try
        {
            await RebuildAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            // Search stays empty until the next rebuild; the application itself can still start.
            LogRebuildFailed(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Rebuilt the case index from the database: {CaseCount} published cases")]
    private static partial void LogRebuilt(ILogger logger, int caseCount);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Error, Message = "Rebuilding the empty case index from the database failed; search returns no cases until the next rebuild")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception);

    private sealed class CountingStream(IAsyncEnumerable<TeachingCase> cases)
    {
        public int Count { get; private set; }

        public async IAsyncEnumerable<CaseSearchDocument> DocumentsAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var teachingCase in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                Count++;
                yield return CaseSearchDocumentFactory.Create(teachingCase);
            }
        }
    }
}
