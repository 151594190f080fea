using System.Diagnostics;
using TeachingFile.Dicom.Network;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class DicomClientTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Client_echo_to_own_server_succeeds()
    {
        await using var server = await TestServer.StartAsync(output);

        var status = await Client(server).EchoAsync(CancellationToken.None);

        Assert.Equal(DicomStatus.Success, status);
        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Client_store_fragments_to_peer_max()
    {
        await using var server = await TestServer.StartAsync(output, o => o.MaxPduLength = 4096);
        var path = NetworkTestData.PathOf("pydicom-data__emri_small.dcm");

        var status = await Client(server).StoreAsync(path, CancellationToken.None);

        Assert.Equal(DicomStatus.Success, status);
        var (request, bytes) = Assert.Single(server.Handler.Stored);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, request.TransferSyntax);
        Assert.Equal("1.2.840.10008.5.1.4.1.1.4.1", request.AffectedSopClassUid);
        Assert.Equal(NetworkTestData.DataSetBytes(path), bytes);
        var dataPdus = server.Logger.Lines.Count(line => line.EndsWith("Received PDU DataTransfer", StringComparison.Ordinal));
        Assert.True(dataPdus > bytes.Length / 4096, $"{dataPdus} P-DATA-TF PDUs for {bytes.Length} bytes");
    }

    [Fact]
    public async Task Client_store_of_jpeg_keeps_compressed_syntax()
    {
        await using var server = await TestServer.StartAsync(output);
        var path = NetworkTestData.PathOf("pydicom__SC_rgb_jpeg_dcmtk.dcm");

        var status = await Client(server).StoreAsync(path, CancellationToken.None);

        Assert.Equal(DicomStatus.Success, status);
        var (request, bytes) = Assert.Single(server.Handler.Stored);
        Assert.Equal(TransferSyntax.JpegBaseline8Bit, request.TransferSyntax);
        Assert.Equal(NetworkTestData.DataSetBytes(path), bytes);
    }

    [Fact]
    public async Task Client_wrong_called_ae_throws_rejection_reason_7()
    {
        await using var server = await TestServer.StartAsync(output);
        var client = new DicomClient(new DicomClientOptions
        {
            Port = server.Port,
            CallingAeTitle = TestServer.KnownCallingAe,
            CalledAeTitle = "NOT_US",
        });

        var rejected = await Assert.ThrowsAsync<DicomAssociationRejectedException>(
            () => client.EchoAsync(CancellationToken.None));

        Assert.Equal(1, rejected.Result);
        Assert.Equal(1, rejected.RejectSource);
        Assert.Equal(7, rejected.Reason);
    }

    [Fact]
    public async Task Client_store_unsupported_class_throws()
    {
        await using var server = await TestServer.StartAsync(output);
        using var dataSet = new MemoryStream(new byte[8]);

        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => Client(server).StoreAsync(
            dataSet, "1.2.3.4.5", "1.2.3.4.5.6", TransferSyntax.ExplicitVRLittleEndian, CancellationToken.None));

        Assert.Contains("result 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_store_to_stalled_peer_times_out()
    {
        using var peer = new StalledPeer();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var accepting = peer.AcceptAssociationAsync(timeout.Token);
        var client = new DicomClient(new DicomClientOptions
        {
            Port = peer.Port,
            Timeout = TimeSpan.FromSeconds(10),
            SendTimeout = TimeSpan.FromSeconds(1),
        });
        using var dataSet = new MemoryStream(new byte[64 * 1024 * 1024]);
        var started = Stopwatch.GetTimestamp();

        var error = await Assert.ThrowsAsync<IOException>(() => client.StoreAsync(
            dataSet, RawPeer.CtImageStorage, "2.25.1", TransferSyntax.ExplicitVRLittleEndian, timeout.Token));

        var elapsed = Stopwatch.GetElapsedTime(started);
        await accepting;
        Assert.Contains("timed out after 1 s", error.Message, StringComparison.Ordinal);
        Assert.True(dataSet.Position < dataSet.Length, $"the client sent all {dataSet.Length} bytes");
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"the send failed after {elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Client_send_timeout_defaults_to_server_value()
    {
        Assert.Equal(new DicomServerOptions().SendTimeout, new DicomClientOptions().SendTimeout);
    }

    private static DicomClient Client(TestServer server) => new(new DicomClientOptions
    {
        Port = server.Port,
        CallingAeTitle = TestServer.KnownCallingAe,
        CalledAeTitle = TestServer.AeTitle,
        Timeout = TimeSpan.FromSeconds(10),
    });
}
