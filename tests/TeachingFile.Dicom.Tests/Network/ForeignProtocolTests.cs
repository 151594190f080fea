using System.Diagnostics;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// HTTP and TLS clients pointed at the DICOM port get an A-ABORT and a prompt close instead of
/// the ARTIM wait, and the server writes one warning that names the protocol, with no stack trace.
/// </summary>
public sealed class ForeignProtocolTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("HTTP", "474554202F20485454502F312E310D0A486F73743A206C6F63616C686F73740D0A0D0A")]
    [InlineData("HTTP", "505249202A20485454502F322E300D0A0D0A534D0D0A0D0A")]
    [InlineData("TLS", "160301002D010000290303000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F00000213010100")]
    public async Task Foreign_bytes_get_abort_and_close(string protocol, string hex)
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.ConnectAsync(server.Port);

        await peer.SendBytesAsync(Convert.FromHexString(hex));

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.UnrecognizedPdu, abort.Reason);
        Assert.True(await peer.IsClosedWithinAsync(3), "the server kept the connection open after the A-ABORT");
        AssertOneWarning(server, protocol);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Http_client_fails_fast()
    {
        await using var server = await TestServer.StartAsync(output);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var started = Stopwatch.GetTimestamp();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://127.0.0.1:{server.Port}/")));

        var elapsed = Stopwatch.GetElapsedTime(started);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"the HTTP request took {elapsed.TotalSeconds:F1} s to fail");
        await WaitUntilAsync(() => server.Logger.Lines.Any(line => line.Contains(" 3123 ", StringComparison.Ordinal)));
        AssertOneWarning(server, "HTTP");
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Tls_client_fails_fast()
    {
        await using var server = await TestServer.StartAsync(output);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port);
        await using var tls = new SslStream(client.GetStream());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var started = Stopwatch.GetTimestamp();

        var error = await Record.ExceptionAsync(() => tls.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions { TargetHost = "localhost" }, timeout.Token));

        var elapsed = Stopwatch.GetElapsedTime(started);
        output.WriteLine($"TLS client: {error?.GetType().Name}: {error?.Message}");
        Assert.True(error is AuthenticationException or IOException, $"unexpected outcome {error?.GetType().Name}");
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"the TLS handshake took {elapsed.TotalSeconds:F1} s to fail");
        AssertOneWarning(server, "TLS");
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    private static void AssertOneWarning(TestServer server, string protocol)
    {
        var warning = Assert.Single(server.Logger.Lines, line => line.Contains(" 3123 ", StringComparison.Ordinal));
        Assert.StartsWith("Warning ", warning, StringComparison.Ordinal);
        Assert.Contains("sent " + protocol + " to the DICOM port", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Logger.Lines, line => line.StartsWith("Error ", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logger.Lines, line => line.Contains(" 3115 ", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logger.Lines, line => line.Contains("Exception", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
