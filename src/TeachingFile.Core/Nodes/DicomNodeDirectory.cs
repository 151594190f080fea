using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Data;

namespace TeachingFile.Core.Nodes;

/// <summary>
/// A short-lived in-memory copy of the DicomNodes table, read on every association request and
/// every stored instance. Call <see cref="Invalidate"/> after changing nodes so the change applies
/// to the next association at once.
/// </summary>
public sealed class DicomNodeDirectory(IServiceScopeFactory scopeFactory, TimeProvider timeProvider) : IDisposable
{
    /// <summary>How long a loaded copy is used before the table is read again.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>Returns the node registered under the AE title (exact match, trailing spaces ignored), or null.</summary>
    public async ValueTask<DicomNodeEntry?> FindAsync(string aeTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aeTitle);
        var nodes = await GetNodesAsync(cancellationToken).ConfigureAwait(false);
        return nodes.GetValueOrDefault(aeTitle.TrimEnd(' '));
    }

    /// <summary>Drops the cached copy; the next lookup reads the table.</summary>
    public void Invalidate() => Volatile.Write(ref _snapshot, null);

    public void Dispose() => _gate.Dispose();

    private async ValueTask<IReadOnlyDictionary<string, DicomNodeEntry>> GetNodesAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && timeProvider.GetUtcNow() < snapshot.ExpiresAt)
        {
            return snapshot.Nodes;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is null || timeProvider.GetUtcNow() >= snapshot.ExpiresAt)
            {
                var nodes = await LoadAsync(cancellationToken).ConfigureAwait(false);
                snapshot = new Snapshot(nodes, timeProvider.GetUtcNow() + CacheLifetime);
                Volatile.Write(ref _snapshot, snapshot);
            }

            return snapshot.Nodes;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<string, DicomNodeEntry>> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>();
            var rows = await db.DicomNodes.AsNoTracking()
                .Select(n => new DicomNodeEntry(n.AeTitle, n.OwnerEmail))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ToDictionary(n => n.AeTitle, StringComparer.Ordinal);
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, DicomNodeEntry> Nodes, DateTimeOffset ExpiresAt);
}
