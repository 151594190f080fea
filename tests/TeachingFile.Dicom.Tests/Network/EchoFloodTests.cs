using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Tests.Support;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// Thousands of short C-ECHO associations, one after another and in parallel beyond
/// MaxAssociations. Every association either succeeds or is rejected transiently, and afterwards
/// the test process's threads, file descriptors and managed memory return near their baseline.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class EchoFloodTests(ITestOutputHelper output)
{
    private const int SequentialEchoes = 1000;
    private const int ParallelEchoes = 2000;
    private const int ParallelWorkers = 24;
    private const int MaxAssociations = 16;

    [Fact]
    public async Task Echo_flood_leaves_no_residue()
    {
        await using var server = await TestServer.StartAsync(
            output, o => o.MaxAssociations = MaxAssociations, LogLevel.Warning);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
        var baseline = ResourceUse.Measure();

        var sequential = await RunEchoesAsync(server, SequentialEchoes, 1);
        var parallel = await RunEchoesAsync(server, ParallelEchoes, ParallelWorkers);

        output.WriteLine($"sequential: {sequential}; parallel: {parallel}");
        Assert.Equal(SequentialEchoes, sequential.Succeeded);
        Assert.Equal(ParallelEchoes, parallel.Succeeded + parallel.RejectedTransiently);
        // How many of the 24 workers find a free slot depends on timing: a rejection returns faster than an echo,
        // so on an idle machine fewer than half may succeed. A leaked slot shows as nearly all later ones rejected.
        Assert.True(parallel.Succeeded >= ParallelEchoes / 10, $"only {parallel.Succeeded} parallel echoes succeeded");
        await WaitUntilAsync(() => server.Server.ActiveAssociations == 0 && server.Server.PendingConnections == 0);
        var after = await ResourceUse.SettleAsync(baseline);
        output.WriteLine($"baseline: {baseline}; after: {after}");
        Assert.True(after.Threads <= baseline.Threads + 40, $"threads grew from {baseline.Threads} to {after.Threads}");
        Assert.True(after.FileDescriptors <= baseline.FileDescriptors + 16,
            $"open file descriptors grew from {baseline.FileDescriptors} to {after.FileDescriptors}");
        Assert.True(after.ManagedBytes <= baseline.ManagedBytes + (32 << 20),
            $"managed memory grew from {baseline.ManagedBytes} to {after.ManagedBytes} bytes");
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Echoscu_parallel_flood_succeeds()
    {
        const int runs = 320;
        const int workers = 16;
        await using var server = await TestServer.StartAsync(output, minimumLogLevel: LogLevel.Warning);
        var port = server.Port.ToString(CultureInfo.InvariantCulture);
        var failures = 0;
        var next = 0;

        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= runs)
            {
                var result = await DcmtkTool.RunAsync(
                    "echoscu", "-aet", "ECHOSCU", "-aec", TestServer.AeTitle, "127.0.0.1", port);
                if (result.ExitCode != 0)
                {
                    Interlocked.Increment(ref failures);
                    output.WriteLine(result.Output);
                }
            }
        }));

        Assert.Equal(0, failures);
        Assert.Equal(runs, server.Handler.Closed.Count);
        await WaitUntilAsync(() => server.Server.ActiveAssociations == 0 && server.Server.PendingConnections == 0);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    /// <summary>Runs <paramref name="count"/> C-ECHO associations over <paramref name="workers"/> concurrent loops.</summary>
    private static async Task<FloodOutcome> RunEchoesAsync(TestServer server, int count, int workers)
    {
        var succeeded = 0;
        var rejected = 0;
        var next = 0;
        var client = new DicomClient(new DicomClientOptions
        {
            Port = server.Port,
            CallingAeTitle = TestServer.KnownCallingAe,
            CalledAeTitle = TestServer.AeTitle,
            Timeout = TimeSpan.FromSeconds(30),
        });
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                try
                {
                    Assert.Equal(DicomStatus.Success, await client.EchoAsync(CancellationToken.None));
                    Interlocked.Increment(ref succeeded);
                }
                catch (DicomAssociationRejectedException ex) when (ex is { Result: 2, RejectSource: 3, Reason: 2 })
                {
                    Interlocked.Increment(ref rejected);
                }
            }
        }));
        return new FloodOutcome(succeeded, rejected);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }

    private sealed record FloodOutcome(int Succeeded, int RejectedTransiently);

    /// <summary>Threads, open file descriptors (/proc/self/fd) and managed heap bytes of this process.</summary>
    private sealed record ResourceUse(int Threads, int FileDescriptors, long ManagedBytes)
    {
        public static ResourceUse Measure()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            return new ResourceUse(
                process.Threads.Count, Directory.GetFiles("/proc/self/fd").Length, GC.GetTotalMemory(forceFullCollection: true));
        }

        /// <summary>
        /// Measures until the file descriptor count is near <paramref name="baseline"/> or 15 s have
        /// passed, because the last sockets close a little after the last association. Idle thread
        /// pool threads take longer to retire, so the caller's thread bound allows for them.
        /// </summary>
        public static async Task<ResourceUse> SettleAsync(ResourceUse baseline)
        {
            var current = Measure();
            for (var i = 0; i < 30 && current.FileDescriptors > baseline.FileDescriptors + 4; i++)
            {
                await Task.Delay(500);
                current = Measure();
            }

            return current;
        }
    }
}
