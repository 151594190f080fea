using TeachingFile.Core.Ingest;

namespace TeachingFile.Core.Tests.Ingest;

public sealed class GroupCommitQueueTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Requests_queued_during_a_batch_run_together()
    {
        var recorder = new BatchRecorder();
        await using var queue = new GroupCommitQueue<string, string>(recorder.RunAsync, maxBatchSize: 64);

        var first = queue.RunAsync("a");
        await recorder.FirstBatchStarted.WaitAsync(Timeout);
        var later = new[] { queue.RunAsync("b"), queue.RunAsync("c"), queue.RunAsync("d") };
        recorder.ReleaseFirstBatch();

        Assert.Equal("A", await first.WaitAsync(Timeout));
        Assert.Equal(["B", "C", "D"], await Task.WhenAll(later).WaitAsync(Timeout));
        Assert.Equal(["a", "b,c,d"], recorder.Batches);
    }

    [Fact]
    public async Task Batch_size_is_capped()
    {
        var recorder = new BatchRecorder();
        await using var queue = new GroupCommitQueue<string, string>(recorder.RunAsync, maxBatchSize: 2);

        var first = queue.RunAsync("a");
        await recorder.FirstBatchStarted.WaitAsync(Timeout);
        var later = new[] { queue.RunAsync("b"), queue.RunAsync("c"), queue.RunAsync("d"), queue.RunAsync("e") };
        recorder.ReleaseFirstBatch();
        await Task.WhenAll(later.Append(first)).WaitAsync(Timeout);

        Assert.Equal(["a", "b,c", "d,e"], recorder.Batches);
    }

    [Fact]
    public async Task Failed_batch_reruns_each_request_alone()
    {
        var recorder = new BatchRecorder { FailingRequest = "bad" };
        await using var queue = new GroupCommitQueue<string, string>(recorder.RunAsync, maxBatchSize: 64);

        var first = queue.RunAsync("a");
        await recorder.FirstBatchStarted.WaitAsync(Timeout);
        var before = queue.RunAsync("b");
        var bad = queue.RunAsync("bad");
        var after = queue.RunAsync("d");
        recorder.ReleaseFirstBatch();

        Assert.Equal("A", await first.WaitAsync(Timeout));
        Assert.Equal("B", await before.WaitAsync(Timeout));
        Assert.Equal("D", await after.WaitAsync(Timeout));
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => bad.WaitAsync(Timeout));
        Assert.Equal("request bad failed", exception.Message);
        Assert.Equal(["a", "b,bad,d", "b", "bad", "d"], recorder.Batches);
    }

    [Fact]
    public async Task Dispose_runs_queued_requests_then_rejects()
    {
        var recorder = new BatchRecorder();
        var queue = new GroupCommitQueue<string, string>(recorder.RunAsync, maxBatchSize: 64);

        var first = queue.RunAsync("a");
        await recorder.FirstBatchStarted.WaitAsync(Timeout);
        var queued = queue.RunAsync("b");
        var disposing = queue.DisposeAsync().AsTask();
        recorder.ReleaseFirstBatch();
        await disposing.WaitAsync(Timeout);

        Assert.Equal("A", await first);
        Assert.Equal("B", await queued);
        Assert.Throws<ObjectDisposedException>(() => { _ = queue.RunAsync("c"); });
    }

    /// <summary>A batch function that records each batch and holds the first one until released.</summary>
    private sealed class BatchRecorder
    {
        private readonly TaskCompletionSource _firstBatchStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _firstBatchReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _batches = [];

        public string? FailingRequest { get; init; }

        public Task FirstBatchStarted => _firstBatchStarted.Task;

        public IReadOnlyList<string> Batches
        {
            get
            {
                lock (_batches)
                {
                    return [.. _batches];
                }
            }
        }

        public void ReleaseFirstBatch() => _firstBatchReleased.SetResult();

        public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken)
        {
            lock (_batches)
            {
                _batches.Add(string.Join(',', batch));
            }

            if (_firstBatchStarted.TrySetResult())
            {
                await _firstBatchReleased.Task.WaitAsync(cancellationToken);
            }

            if (FailingRequest is { } failing && batch.Contains(failing))
            {
                throw new InvalidOperationException("request " + failing + " failed");
            }

            return [.. batch.Select(request => request.ToUpperInvariant())];
        }
    }
}
