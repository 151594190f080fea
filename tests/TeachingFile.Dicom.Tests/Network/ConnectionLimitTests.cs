using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// MaxAssociations counts only associations, MaxPendingConnections bounds TCP connections without one,
/// so idle sockets cannot lock registered peers out.
/// </summary>
public sealed class ConnectionLimitTests(ITestOutputHelper output)
{
    // Long enough that a test passing "at once" cannot be passing because the idle sockets timed out.
    private static readonly TimeSpan LongTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Forty_idle_sockets_do_not_block_echoscu()
    {
        await using var server = await TestServer.StartAsync(output, o => o.AssociationRequestTimeout = LongTimeout);
        var idle = await OpenIdleSocketsAsync(server, 40);
        try
        {
            await WaitUntilAsync(() => server.Server.PendingConnections == 40);
            Assert.Equal(0, server.Server.ActiveAssociations);

            var (result, elapsed) = await EchoscuAsync(server);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Received Echo Response (Success)", result.Output, StringComparison.Ordinal);
            Assert.True(elapsed < TimeSpan.FromSeconds(10), $"echoscu took {elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            DisposeAll(idle);
        }
    }

    [Fact]
    public async Task Idle_sockets_beyond_pending_limit_evict_oldest()
    {
        await using var server = await TestServer.StartAsync(output, o =>
        {
            o.MaxPendingConnections = 4;
            o.AssociationRequestTimeout = LongTimeout;
        });
        var idle = await OpenIdleSocketsAsync(server, 20);
        try
        {
            await WaitUntilAsync(() => server.Logger.Lines.Count(l => l.Contains(" 3110 ", StringComparison.Ordinal)) == 20);
            Assert.Equal(4, server.Server.PendingConnections);

            var (result, elapsed) = await EchoscuAsync(server);

            Assert.Equal(0, result.ExitCode);
            Assert.True(elapsed < TimeSpan.FromSeconds(10), $"echoscu took {elapsed.TotalSeconds:F1} s");
            Assert.True(await IsClosedWithinAsync(idle[0], 5), "the oldest idle socket is still open");
            Assert.False(await IsClosedWithinAsync(idle[^1], 0.5), "the newest idle socket was closed");
            var eviction = Assert.Single(server.Logger.Lines, l => l.Contains(" 3104 ", StringComparison.Ordinal));
            Assert.Contains("Dicom:MaxPendingConnections", eviction, StringComparison.Ordinal);
        }
        finally
        {
            DisposeAll(idle);
        }
    }

    [Fact]
    public async Task Associations_beyond_max_rejected_with_local_limit()
    {
        await using var server = await TestServer.StartAsync(output, o =>
        {
            o.MaxAssociations = 2;
            o.MaxPendingConnections = 4;
            o.AssociationRequestTimeout = LongTimeout;
        });
        var idle = await OpenIdleSocketsAsync(server, 10);
        try
        {
            await using var first = await RawPeer.AssociateAsync(server.Port);
            await using var second = await RawPeer.AssociateAsync(server.Port);
            await using var third = await RawPeer.ConnectAsync(server.Port);

            await third.SendAsync(RawPeer.AssociateRequest());
            var reject = Assert.IsType<AAssociateRj>(await third.ReadAsync());

            Assert.Equal(2, reject.Result);
            Assert.Equal(3, reject.Source);
            Assert.Equal(2, reject.Reason);
            Assert.Equal(2, server.Server.ActiveAssociations);
            var logged = Assert.Single(server.Logger.Lines, l => l.Contains(" 3112 ", StringComparison.Ordinal));
            Assert.Contains("Dicom:MaxAssociations", logged, StringComparison.Ordinal);
        }
        finally
        {
            DisposeAll(idle);
        }
    }

    [Fact]
    public async Task Released_association_frees_its_slot()
    {
        await using var server = await TestServer.StartAsync(output, o => o.MaxAssociations = 1);
        await using (var first = await RawPeer.AssociateAsync(server.Port))
        {
            await first.SendAsync(new AReleaseRq());
            Assert.IsType<AReleaseRp>(await first.ReadAsync());
        }

        await WaitUntilAsync(() => server.Server.ActiveAssociations == 0);
        var (result, _) = await EchoscuAsync(server);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Rejected_connections_count_as_pending()
    {
        await using var server = await TestServer.StartAsync(output, o =>
        {
            o.MaxPendingConnections = 2;
            o.ArtimTimeout = LongTimeout;
        });
        var rejected = new List<RawPeer>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var peer = await RawPeer.ConnectAsync(server.Port);
                rejected.Add(peer);
                await peer.SendAsync(RawPeer.AssociateRequest("UNKNOWNSCU"));
                Assert.IsType<AAssociateRj>(await peer.ReadAsync());
            }

            await WaitUntilAsync(() => server.Server.PendingConnections == 2);
            Assert.True(await rejected[0].IsClosedWithinAsync(5), "the oldest rejected connection is still open");
            Assert.Equal(0, server.Server.ActiveAssociations);
        }
        finally
        {
            foreach (var peer in rejected)
            {
                await peer.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Idle_socket_flood_uses_no_thread_per_connection()
    {
        const int connections = 300;
        await using var server = await TestServer.StartAsync(output, o =>
        {
            o.MaxPendingConnections = 16;
            o.AssociationRequestTimeout = LongTimeout;
        });
        var threadsBefore = Process.GetCurrentProcess().Threads.Count;
        var idle = await OpenIdleSocketsAsync(server, connections);
        try
        {
            await WaitUntilAsync(() => server.Logger.Lines.Count(l => l.Contains(" 3110 ", StringComparison.Ordinal)) == connections);
            var threadsAfter = Process.GetCurrentProcess().Threads.Count;
            output.WriteLine($"threads before {threadsBefore}, after {threadsAfter}");

            Assert.Equal(16, server.Server.PendingConnections);
            Assert.True(threadsAfter - threadsBefore < connections / 3, $"threads grew from {threadsBefore} to {threadsAfter}");
            var closed = await Task.WhenAll(idle.Take(connections - 16).Select(s => IsClosedWithinAsync(s, 10)));
            Assert.All(closed, Assert.True);
            var (result, _) = await EchoscuAsync(server);
            Assert.Equal(0, result.ExitCode);
        }
        finally
        {
            DisposeAll(idle);
        }
    }

    private static async Task<List<Socket>> OpenIdleSocketsAsync(TestServer server, int count)
    {
        var sockets = new List<Socket>();
        for (var i = 0; i < count; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            sockets.Add(socket);
            await socket.ConnectAsync("127.0.0.1", server.Port);
        }

        return sockets;
    }

    private static async Task<bool> IsClosedWithinAsync(Socket socket, double timeoutSeconds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        var buffer = new byte[64];
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (SocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<(DcmtkTool.Result Result, TimeSpan Elapsed)> EchoscuAsync(TestServer server)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await DcmtkTool.RunAsync(
            "echoscu", "-v", "-aet", "STORESCU", "-aec", TestServer.AeTitle, "127.0.0.1",
            server.Port.ToString(CultureInfo.InvariantCulture));
        var elapsed = Stopwatch.GetElapsedTime(started);
        output.WriteLine(result.Output);
        return (result, elapsed);
    }

    private static void DisposeAll(List<Socket> sockets)
    {
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
