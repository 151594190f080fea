using System.Buffers.Binary;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Dimse;
using TeachingFile.Dicom.Network.Pdus;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class ProtocolViolationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Garbage_bytes_are_aborted_and_server_keeps_serving()
    {
        await using var server = await TestServer.StartAsync(output);
        await using (var peer = await RawPeer.ConnectAsync(server.Port))
        {
            await peer.SendBytesAsync("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray());

            var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
            Assert.Equal(AAbort.ServiceProvider, abort.Source);
            Assert.Equal(AbortReason.UnrecognizedPdu, abort.Reason);
        }

        Assert.Equal(DicomStatus.Success, await EchoAsync(server));
    }

    [Fact]
    public async Task Oversized_associate_request_is_aborted()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.ConnectAsync(server.Port);
        var header = new byte[6];
        header[0] = 0x01;
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(2), 0x7FFF_FFFF);

        await peer.SendBytesAsync(header);

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AbortReason.InvalidPduParameterValue, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains("declares length 2147483647", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Data_before_association_is_aborted_unexpected_pdu()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.ConnectAsync(server.Port);

        await peer.SendPdvAsync(1, isCommand: true, isLast: true, RawPeer.StoreRequest(1).Encode());

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.UnexpectedPdu, abort.Reason);
        Assert.Empty(server.Handler.Closed);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Cancel_request_gets_no_response()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        var cancel = new DimseCommand
        {
            CommandField = CommandField.CCancelRequest,
            MessageIdBeingRespondedTo = 7,
            CommandDataSetType = DimseCommand.NoDataSet,
        };

        await peer.SendPdvAsync(3, isCommand: true, isLast: true, cancel.Encode());
        await peer.SendPdvAsync(1, isCommand: true, isLast: true, RawPeer.EchoRequest(8).Encode());

        var (response, _) = await peer.ReadCommandAsync();
        Assert.Equal(CommandField.CEchoResponse, response.CommandField);
        Assert.Equal((ushort)8, response.MessageIdBeingRespondedTo);
        Assert.Equal(DicomStatus.Success.Code, response.Status);
    }

    [Fact]
    public async Task Silent_connection_is_closed_after_request_timeout()
    {
        await using var server = await TestServer.StartAsync(output, o => o.AssociationRequestTimeout = TimeSpan.FromSeconds(1));
        await using var peer = await RawPeer.ConnectAsync(server.Port);

        Assert.True(await peer.IsClosedWithinAsync(5));
        Assert.Contains(server.Logger.Lines, line => line.Contains(" 3116 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Idle_association_is_aborted_after_idle_timeout()
    {
        await using var server = await TestServer.StartAsync(output, o => o.IdleTimeout = TimeSpan.FromSeconds(1));
        await using var peer = await RawPeer.AssociateAsync(server.Port);

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync(5));
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.NotSpecified, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains(" 3117 ", StringComparison.Ordinal));
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Peer_abort_mid_data_set_cleans_up()
    {
        await using var server = await TestServer.StartAsync(output, o => o.SpoolMemoryBytes = 0);
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(7).Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
        await WaitUntilAsync(() => server.SpoolFiles().Length == 1);

        await peer.SendAsync(new AAbort(AAbort.ServiceUser, AbortReason.NotSpecified));

        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.SpoolFiles());
        Assert.Empty(server.Handler.Stored);
    }

    [Fact]
    public async Task Dropped_connection_mid_data_set_cleans_up()
    {
        await using var server = await TestServer.StartAsync(output, o => o.SpoolMemoryBytes = 0);
        var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(8).Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
        await WaitUntilAsync(() => server.SpoolFiles().Length == 1);

        await peer.DisposeAsync();

        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.SpoolFiles());
    }

    [Fact]
    public async Task Command_fragment_during_data_set_is_aborted()
    {
        await using var server = await TestServer.StartAsync(output);
        var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(9).Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[100]);

        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(10).Encode());

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.UnexpectedPduParameter, abort.Reason);
        await peer.DisposeAsync();
        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.SpoolFiles());
        Assert.Contains(server.Logger.Lines, line => line.Contains("command fragment while the data set of message 9", StringComparison.Ordinal));
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Unsupported_command_gets_0211_response()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        var find = new DimseCommand
        {
            CommandField = CommandField.CFindRequest,
            MessageId = 11,
            AffectedSopClassUid = RawPeer.CtImageStorage,
            Priority = 0,
            CommandDataSetType = 0,
        };

        await peer.SendPdvAsync(3, isCommand: true, isLast: true, find.Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: true, new byte[16]);

        var response = await ReadResponseAsync(peer);
        Assert.Equal(CommandField.CFindResponse, response.CommandField);
        Assert.Equal((ushort)11, response.MessageIdBeingRespondedTo);
        Assert.Equal(DicomStatus.UnrecognizedOperation.Code, response.Status);
    }

    [Fact]
    public async Task Store_on_other_sop_class_context_gets_0122()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        var store = RawPeer.StoreRequest(12);
        store.AffectedSopClassUid = "1.2.840.10008.5.1.4.1.1.4";

        await peer.SendPdvAsync(3, isCommand: true, isLast: true, store.Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: true, new byte[16]);

        var response = await ReadResponseAsync(peer);
        Assert.Equal(CommandField.CStoreResponse, response.CommandField);
        Assert.Equal(DicomStatus.SopClassNotSupported.Code, response.Status);
        Assert.Empty(server.Handler.Stored);
    }

    [Fact]
    public async Task Associations_beyond_limit_are_rejected_transiently()
    {
        await using var server = await TestServer.StartAsync(output, o => o.MaxAssociations = 1);
        await using var first = await RawPeer.AssociateAsync(server.Port);

        var rejected = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => EchoAsync(server));

        Assert.Equal(2, rejected.Result);
        Assert.Equal(3, rejected.RejectSource);
        Assert.Equal(2, rejected.Reason);
    }

    [Fact]
    public async Task Echoscu_beyond_limit_reports_local_limit_exceeded()
    {
        await using var server = await TestServer.StartAsync(output, o => o.MaxAssociations = 1);
        await using var first = await RawPeer.AssociateAsync(server.Port);

        var result = await DcmtkTool.RunAsync(
            "echoscu", "-v", "-aet", TestServer.KnownCallingAe, "-aec", TestServer.AeTitle, "127.0.0.1",
            server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        output.WriteLine(result.Output);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Local Limit Exceeded", result.Output, StringComparison.Ordinal);
    }

    private static Task<DicomStatus> EchoAsync(TestServer server) =>
        new DicomClient(new DicomClientOptions
        {
            Port = server.Port,
            CallingAeTitle = TestServer.KnownCallingAe,
            CalledAeTitle = TestServer.AeTitle,
            Timeout = TimeSpan.FromSeconds(10),
        }).EchoAsync(CancellationToken.None);

    private static async Task<DimseCommand> ReadResponseAsync(RawPeer peer)
    {
        var data = Assert.IsType<PDataTf>(await peer.ReadAsync());
        var value = Assert.Single(data.Values);
        Assert.True(value.IsCommand);
        Assert.True(value.IsLast);
        return DimseCommand.Decode(value.Data.Span);
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
