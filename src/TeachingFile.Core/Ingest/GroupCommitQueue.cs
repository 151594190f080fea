using System.Threading.Channels;

namespace TeachingFile.Core.Ingest;

/// <summary>
/// Runs requests on one writer in batches (group commit). Requests that arrive while a batch runs
/// wait and form the next batch, so concurrent callers share one transaction and its fsync. A
/// caller's task completes only after the batch that contains its request has finished.
/// </summary>
/// <remarks>
/// When a batch of several requests fails, each of its requests runs again alone, so one bad request
/// fails only its own caller. The batch function must therefore leave nothing behind when it
/// throws, as a rolled-back transaction does.
/// </remarks>
internal sealed class GroupCommitQueue<TRequest, TResult> : IDisposable, IAsyncDisposable
{
    private readonly Channel<Entry> _entries =
        Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TRequest>, CancellationToken, Task<IReadOnlyList<TResult>>> _runBatchAsync;
    private readonly int _maxBatchSize;
    private readonly Task _writer;

    /// <param name="runBatchAsync">Runs a batch and returns one result per request, in order.</param>
    /// <param name="maxBatchSize">Maximum number of requests in one batch.</param>
    public GroupCommitQueue(
        Func<IReadOnlyList<TRequest>, CancellationToken, Task<IReadOnlyList<TResult>>> runBatchAsync, int maxBatchSize)
    {
        ArgumentNullException.ThrowIfNull(runBatchAsync);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        _runBatchAsync = runBatchAsync;
        _maxBatchSize = maxBatchSize;
        _writer = Task.Run(RunWriterAsync);
    }

    /// <summary>
    /// Queues a request and returns its result once its batch has run. There is no cancellation on
    /// purpose: a queued request always runs, so the caller never has to guess whether it did.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The queue is disposed.</exception>
    public Task<TResult> RunAsync(TRequest request)
    {
        var entry = new Entry(request);
        if (!_entries.Writer.TryWrite(entry))
        {
            throw new ObjectDisposedException(
                nameof(GroupCommitQueue<TRequest, TResult>), "The queue no longer accepts requests.");
        }

        return entry.Completion.Task;
    }

    /// <summary>Stops accepting requests. The writer still runs the queued ones.</summary>
    public void Dispose() => _entries.Writer.TryComplete();

    /// <summary>Stops accepting requests and waits until the queued ones have run.</summary>
    public async ValueTask DisposeAsync()
    {
        _entries.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task RunWriterAsync()
    {
        var batch = new List<Entry>(_maxBatchSize);
        while (await _entries.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _maxBatchSize && _entries.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await RunBatchAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task RunBatchAsync(List<Entry> batch)
    {
        try
        {
            var results = await _runBatchAsync(batch.ConvertAll(entry => entry.Request), CancellationToken.None)
                .ConfigureAwait(false);
            if (results.Count != batch.Count)
            {
                throw new InvalidOperationException(
                    $"The batch function returned {results.Count} results for {batch.Count} requests.");
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var entry in batch)
            {
                await RunBatchAsync([entry]).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            batch[0].Completion.TrySetException(exception);
        }
    }

    private sealed class Entry(TRequest request)
    {
        public TRequest Request { get; } = request;

        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
