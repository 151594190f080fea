using Microsoft.Extensions.Logging;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// Enforces <see cref="DicomServerOptions.MaxAssociations"/> on associations and <see
/// cref="DicomServerOptions.MaxPendingConnections"/> on TCP connections without one, so that
/// sockets which never send an A-ASSOCIATE-RQ cannot use up the association slots.
/// </summary>
internal sealed class ConnectionLimiter(DicomServerOptions options, ILogger logger)
{
    private readonly LinkedList<PendingConnection> _pending = new();
    private readonly Lock _lock = new();
    private int _associations;
    private long _evictions;

    public int Associations => Volatile.Read(ref _associations);

    public int PendingConnections
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>
    /// Lists a connection without an association. When the list is full, the oldest entry is
    /// evicted rather than the new one. A real peer sends its A-ASSOCIATE-RQ within milliseconds of
    /// connecting, so it is almost always among the newest entries. Rejecting new entries instead
    /// would let a few idle sockets lock every peer out until they time out.
    /// </summary>
    public void AddPending(PendingConnection connection)
    {
        PendingConnection? evicted = null;
        lock (_lock)
        {
            if (connection.Node is not null)
            {
                return;
            }

            if (_pending.Count >= options.MaxPendingConnections)
            {
                evicted = _pending.First!.Value;
                _pending.RemoveFirst();
                evicted.Node = null;
            }

            connection.Node = _pending.AddLast(connection);
        }

        if (evicted is not null)
        {
            LogEviction(evicted);
            evicted.Evict();
        }
    }

    public void RemovePending(PendingConnection connection)
    {
        lock (_lock)
        {
            if (connection.Node is { } node)
            {
                _pending.Remove(node);
                connection.Node = null;
            }
        }
    }

    /// <summary>Takes an association slot; returns false when <see cref="DicomServerOptions.MaxAssociations"/> are taken.</summary>
    public bool TryReserveAssociation()
    {
        if (Interlocked.Increment(ref _associations) <= options.MaxAssociations)
        {
            return true;
        }

        Interlocked.Decrement(ref _associations);
        return false;
    }

    public void ReleaseAssociation() => Interlocked.Decrement(ref _associations);

    private void LogEviction(PendingConnection evicted)
    {
        // A flood evicts once per connection, so only the first eviction and every 100th are logged.
        var evictions = Interlocked.Increment(ref _evictions);
        if (evictions == 1 || evictions % 100 == 0)
        {
            NetworkLog.PendingConnectionEvicted(
                logger, evicted.AssociationId, evicted.RemoteEndPoint, options.MaxPendingConnections, evictions);
        }
    }
}
