using System.Net;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// A TCP connection's entry in <see cref="ConnectionLimiter"/> while it has no association.
/// <see cref="Token"/> is cancelled when the server stops or when the limiter evicts the entry.
/// </summary>
internal sealed class PendingConnection(string associationId, EndPoint? remoteEndPoint, CancellationToken stopping)
    : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    private volatile bool _evicted;

    public string AssociationId { get; } = associationId;

    public EndPoint? RemoteEndPoint { get; } = remoteEndPoint;

    public CancellationToken Token => _cancellation.Token;

    public bool IsEvicted => _evicted;

    /// <summary>The entry's place in the limiter's list, or null when it is not listed; guarded by the limiter's lock.</summary>
    public LinkedListNode<PendingConnection>? Node { get; set; }

    public void Evict()
    {
        _evicted = true;
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection closed on its own between leaving the list and this call.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
