using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Ingest;
using TeachingFile.Core.Nodes;
using TeachingFile.Core.Storage;
using TeachingFile.Core.Tagging;

namespace TeachingFile.Core.Data;

/// <summary>
/// Start-up work that must finish before the SCP and the web pages run. It creates the data folders,
/// loads the site secret and applies pending migrations. It then recovers interrupted ingests (files
/// without a row, cases not tagged), sweeps tmp/, and copies configured nodes into the DicomNodes table.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopeFactory,
    IOptions<StorageOptions> storageOptions,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<DicomNodesOptions> nodeOptions,
    InstanceStore instanceStore,
    IngestMarkers ingestMarkers,
    SiteSecret siteSecret,
    DicomNodeDirectory nodeDirectory,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        storageOptions.Value.CreateDirectories();
        _ = await siteSecret.GetKeyAsync(cancellationToken).ConfigureAwait(false);

        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>();
            if (databaseOptions.Value.MigrateOnStart)
            {
                await MigrateAsync(db, cancellationToken).ConfigureAwait(false);
            }

            await EnableWriteAheadLogAsync(db, cancellationToken).ConfigureAwait(false);

            // Needs the Instances table, and runs before the sweep because its markers live under tmp/.
            var tagger = scope.ServiceProvider.GetRequiredService<CaseTagger>();
            await ingestMarkers.RecoverAsync(db, tagger, cancellationToken).ConfigureAwait(false);
            instanceStore.SweepTempDirectory();
            await SyncNodesAsync(db, nodeOptions.Value.Nodes, cancellationToken).ConfigureAwait(false);
        }

        nodeDirectory.Invalidate();
    }

    private async Task MigrateAsync(TeachingFileDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            LogApplyingMigrations(pending.Count, databaseOptions.Value.Provider);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // In WAL mode with synchronous=FULL (SQLite's default) a commit appends to the -wal file and
    // fsyncs it once, where the rollback journal fsyncs the journal and the database file.
    // journal_mode=WAL is stored in the database file, so it holds for every later connection.
    private static async Task EnableWriteAheadLogAsync(TeachingFileDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Makes the configuration-sourced rows equal Dicom:Nodes: adds and updates them, removes those no
    /// longer configured, and leaves rows added on the Nodes page alone (a configured node with the
    /// same AE title takes such a row over).
    /// </summary>
    internal async Task SyncNodesAsync(
        TeachingFileDbContext db, IReadOnlyList<DicomNodeOptions> configured, CancellationToken cancellationToken)
    {
        var existing = await db.DicomNodes.ToDictionaryAsync(n => n.AeTitle, StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var options in configured)
        {
            var title = DicomNodeService.NormalizeAeTitle(options.AeTitle);
            if (!wanted.Add(title))
            {
                throw new InvalidOperationException(
                    $"Dicom:Nodes lists AE title '{title}' twice; give each node a distinct AE title.");
            }

            if (!existing.TryGetValue(title, out var node))
            {
                node = new DicomNode { AeTitle = title };
                db.DicomNodes.Add(node);
            }

            node.OwnerEmail = string.IsNullOrWhiteSpace(options.Owner) ? null : options.Owner.Trim();
            node.Description = options.Description ?? node.Description;
            node.FromConfiguration = true;
        }

        var stale = existing.Values.Where(n => n.FromConfiguration && !wanted.Contains(n.AeTitle)).ToList();
        db.DicomNodes.RemoveRange(stale);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogNodesSynchronized(wanted.Count, stale.Count);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applying {Count} pending migrations ({Provider})")]
    private partial void LogApplyingMigrations(int count, DatabaseProvider provider);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "DICOM nodes from configuration: {Configured} configured, {Removed} removed")]
    private partial void LogNodesSynchronized(int configured, int removed);
}
