using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeachingFile.Core.Data;
using TeachingFile.Core.Nodes;

namespace TeachingFile.Core.Ingest;

/// <summary>
/// Files stored instances into draft cases on one writer, committing the instances of concurrent
/// associations together in one transaction. Because a single writer files every instance, one
/// study never gets two drafts, and a failed transaction leaves no rows behind.
/// </summary>
public sealed class CaseFilingQueue(
    IServiceScopeFactory scopeFactory,
    DicomNodeDirectory nodes,
    TimeProvider timeProvider,
    ILogger<IngestService> logger) : IDisposable, IAsyncDisposable
{
    /// <summary>
    /// Maximum instances per transaction. It bounds the change tracker of the batch's DbContext and
    /// is far above the number of associations open at once by default (32).
    /// </summary>
    internal const int MaxBatchSize = 64;

    private readonly GroupCommitQueue<StoredInstance, FilingResult> _queue = new(
        (batch, cancellationToken) => FileBatchAsync(scopeFactory, nodes, timeProvider, logger, batch, cancellationToken),
        MaxBatchSize);

    /// <summary>Returns the case the instance was filed into once the rows are committed.</summary>
    public Task<FilingResult> FileAsync(StoredInstance stored) => _queue.RunAsync(stored);

    /// <summary>Stops accepting instances; those already queued are still filed.</summary>
    public void Dispose() => _queue.Dispose();

    /// <summary>Stops accepting instances and waits until those already queued are filed.</summary>
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private static async Task<IReadOnlyList<FilingResult>> FileBatchAsync(
        IServiceScopeFactory scopeFactory,
        DicomNodeDirectory nodes,
        TimeProvider timeProvider,
        ILogger logger,
        IReadOnlyList<StoredInstance> batch,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var scope = scopeFactory.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var db = scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>();
                var filer = new CaseFiler(db, nodes, timeProvider, logger);
                var results = await filer.FileAllAsync(batch, cancellationToken).ConfigureAwait(false);
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    IngestLog.BatchFiled(logger, AssociationIds(batch), batch.Count, milliseconds);
                }

                return results;
            }
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            // The queue files each instance again on its own, and IngestService logs those that fail then.
            IngestLog.BatchFailed(logger, exception, AssociationIds(batch), batch.Count);
            throw;
        }
    }

    private static string AssociationIds(IReadOnlyList<StoredInstance> batch) =>
        string.Join(',', batch.Select(stored => stored.AssociationId).Distinct(StringComparer.Ordinal));
}
