using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>
/// An HTTP client and a TLS client pointed at the real server's DICOM port fail, the server's
/// log gets one warning per connection that names the protocol, and echoscu still succeeds.
/// </summary>
public sealed class ForeignProtocolTests(DicomServerFixture fixture) : IClassFixture<DicomServerFixture>
{
    private TeachingFileServer Server => fixture.Server;

    [Fact]
    public async Task Http_to_dicom_port_is_named()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        await Assert.ThrowsAsync<HttpRequestException>(
            () => http.GetAsync(new Uri($"http://127.0.0.1:{Server.DicomPort}/")));

        await AssertOneWarningAsync("sent HTTP to the DICOM port");
        await AssertEchoSucceedsAsync();
    }

    [Fact]
    public async Task Tls_to_dicom_port_is_named()
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Server.DicomPort);
        await using var tls = new SslStream(client.GetStream());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var error = await Record.ExceptionAsync(() => tls.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions { TargetHost = "localhost" }, timeout.Token));

        Assert.True(error is AuthenticationException or IOException, $"unexpected outcome {error?.GetType().Name}");
        await AssertOneWarningAsync("sent TLS to the DICOM port");
        await AssertEchoSucceedsAsync();
    }

    /// <summary>Polls the server log for up to 10 s, since it is written after the client has failed.</summary>
    private async Task AssertOneWarningAsync(string text)
    {
        for (var attempt = 0; attempt < 50 && !Server.LogLines.Any(line => line.Contains(text, StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(200);
        }

        Assert.Single(Server.LogLines, line => line.Contains(text, StringComparison.Ordinal));
        Assert.DoesNotContain(Server.LogLines, line => line.Contains("DicomProtocolException", StringComparison.Ordinal));
    }

    private async Task AssertEchoSucceedsAsync()
    {
        var echo = await Dcmtk.EchoAsync(Server, "ECHOSCU");
        Assert.True(echo.ExitCode == 0, $"The server no longer responds to C-ECHO.\n{echo}");
    }
}
