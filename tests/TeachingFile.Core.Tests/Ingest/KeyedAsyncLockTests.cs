using TeachingFile.Core.Ingest;

namespace TeachingFile.Core.Tests.Ingest;

public sealed class KeyedAsyncLockTests
{
    [Fact]
    public async Task Same_key_waits_for_the_holder()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("2.25.1", CancellationToken.None);

        var second = locks.AcquireAsync("2.25.1", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, locks.Count);
    }

    [Fact]
    public async Task Other_keys_proceed_and_entries_are_removed()
    {
        var locks = new KeyedAsyncLock();

        await using (await locks.AcquireAsync("2.25.1", CancellationToken.None))
        {
            var other = locks.AcquireAsync("2.25.2", CancellationToken.None);
            Assert.True(other.IsCompletedSuccessfully);
            await (await other).DisposeAsync();
        }

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task Cancelled_wait_releases_its_entry()
    {
        var locks = new KeyedAsyncLock();
        var holder = await locks.AcquireAsync("2.25.1", CancellationToken.None);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => locks.AcquireAsync("2.25.1", cancellation.Token));
        await holder.DisposeAsync();

        Assert.Equal(0, locks.Count);
    }
}
