using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class DicomServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stop_aborts_associations_still_open_after_timeout()
    {
        await using var server = await TestServer.StartAsync(output, o => o.StopTimeout = TimeSpan.FromMilliseconds(300));
        await using var peer = await RawPeer.AssociateAsync(server.Port);

        await server.Server.StopAsync(CancellationToken.None);

        Assert.IsType<AAbort>(await peer.ReadAsync(5));
        Assert.Single(server.Handler.Closed);
        Assert.Equal(0, server.Server.ActiveAssociations);
    }

    [Fact]
    public async Task Stop_closes_listener()
    {
        await using var server = await TestServer.StartAsync(output);
        var port = server.Port;

        await server.Server.StopAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => RawPeer.ConnectAsync(port));
    }

    [Fact]
    public async Task Many_associations_at_once_are_all_served()
    {
        await using var server = await TestServer.StartAsync(output);
        var client = new DicomClient(new DicomClientOptions
        {
            Port = server.Port,
            CallingAeTitle = TestServer.KnownCallingAe,
            CalledAeTitle = TestServer.AeTitle,
        });

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.EchoAsync(CancellationToken.None)));

        Assert.All(statuses, status => Assert.Equal(DicomStatus.Success, status));
    }

    [Theory]
    [InlineData("", "AeTitle")]
    [InlineData("SEVENTEEN_CHARS_X", "AeTitle")]
    [InlineData("BAD\\AE", "AeTitle")]
    public void Invalid_options_are_rejected_on_construction(string aeTitle, string expectedName)
    {
        var options = Options.Create(new DicomServerOptions { AeTitle = aeTitle });

        var error = Assert.Throws<OptionsValidationException>(() => new DicomServer(
            options, new RecordingStoreHandler(), new AllowListPolicy(), NullLogger<DicomServer>.Instance));

        Assert.Contains(expectedName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_names_each_bad_setting()
    {
        var options = new DicomServerOptions
        {
            Port = 70000, BindAddress = "localhost", MaxPduLength = 100, MaxAssociations = 0, MaxPendingConnections = 0,
            MaxDiscardedBytes = -1,
        };

        var result = new DicomServerOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Port 70000", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("BindAddress 'localhost'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("MaxPduLength 100", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("MaxAssociations 0", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("MaxPendingConnections 0", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("MaxDiscardedBytes -1", StringComparison.Ordinal));
    }
}
