using System.Collections.Concurrent;
using System.Net.Sockets;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// Sends instances to a server with the project's <see cref="DicomClient"/>, one association per
/// instance and several associations at once, until the list is done or the server goes away.
/// An instance counts as acknowledged only when its C-STORE-RSP with status Success was received.
/// </summary>
internal sealed class InstanceSender(DicomClientOptions options, int workerCount)
{
    private readonly ConcurrentQueue<GeneratedInstance> _acknowledged = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentQueue<string> _connectionErrors = new();
    private readonly Lock _waitersLock = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Instances whose Success response arrived, in the order they arrived.</summary>
    public IReadOnlyList<GeneratedInstance> Acknowledged => [.. _acknowledged];

    /// <summary>Responses other than Success, as "file: status". A healthy server sends none.</summary>
    public IReadOnlyList<string> Failures => [.. _failures];

    /// <summary>Exceptions that ended a worker, such as the connection reset by a kill.</summary>
    public IReadOnlyList<string> ConnectionErrors => [.. _connectionErrors];

    /// <summary>
    /// Sends every instance once, unless the connection fails. A worker stops at its first network
    /// error, so after a kill the call returns with the rest unsent.
    /// </summary>
    public async Task SendAsync(IReadOnlyList<GeneratedInstance> instances, CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<GeneratedInstance>(instances);
        var workers = Enumerable.Range(0, workerCount).Select(_ => Task.Run(() => RunWorkerAsync(queue, cancellationToken), cancellationToken));
        await Task.WhenAll(workers);
        lock (_waitersLock)
        {
            // No more responses can come, so waits that were not reached end here.
            _waiters.ForEach(waiter => waiter.Done.TrySetResult());
        }
    }

    /// <summary>Completes when <paramref name="count"/> instances are acknowledged or sending has ended.</summary>
    public Task WhenAcknowledgedAsync(int count)
    {
        lock (_waitersLock)
        {
            if (_acknowledged.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    private async Task RunWorkerAsync(ConcurrentQueue<GeneratedInstance> queue, CancellationToken cancellationToken)
    {
        var client = new DicomClient(options);
        while (queue.TryDequeue(out var instance))
        {
            DicomStatus status;
            try
            {
                status = await client.StoreAsync(instance.Path, cancellationToken);
            }
            catch (Exception exception) when (exception is DicomNetworkException or IOException or SocketException or TimeoutException)
            {
                _connectionErrors.Enqueue($"{instance.Name}: {exception.GetType().Name}: {exception.Message}");
                return;
            }

            if (status.IsSuccess)
            {
                Acknowledge(instance);
            }
            else
            {
                _failures.Enqueue($"{instance.Name}: status {status}");
            }
        }
    }

    private void Acknowledge(GeneratedInstance instance)
    {
        lock (_waitersLock)
        {
            _acknowledged.Enqueue(instance);
            foreach (var waiter in _waiters.Where(w => _acknowledged.Count >= w.Count))
            {
                waiter.Done.TrySetResult();
            }
        }
    }
}
