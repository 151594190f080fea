using System.Buffers.Binary;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// P-DATA-TF that breaks the negotiated limits or never ends a message, a release in the middle of
/// a data set, and peers that reset the connection or stop reading. Each test checks the server's
/// response or close and that no spool file is left. Most end with a C-ECHO on a new association.
/// </summary>
public sealed class PduAbuseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Pdata_beyond_max_pdu_is_aborted()
    {
        await using var server = await TestServer.StartAsync(output, o => (o.MaxPduLength, o.SpoolMemoryBytes) = (4096, 0));
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(1).Encode());
        // One PDV whose item fills the whole 4096-byte variable field is accepted.
        await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[4096 - 6]);
        await WaitUntilAsync(() => server.SpoolFiles().Length == 1);

        await peer.SendBytesAsync(PduHeader(PduType.DataTransfer, 4097));

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.InvalidPduParameterValue, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains(
            "declares length 4097; the maximum this node accepts is 4096", StringComparison.Ordinal));
        await peer.DisposeAsync();
        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.SpoolFiles());
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Command_without_last_fragment_is_aborted()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.AssociateAsync(server.Port);

        // The server keeps at most 64 KiB of an unfinished command set.
        for (var i = 0; i < 5; i++)
        {
            await peer.SendPdvAsync(1, isCommand: true, isLast: false, new byte[16_000]);
        }

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.InvalidPduParameterValue, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains("command set longer than 65536 bytes", StringComparison.Ordinal));
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Data_set_without_last_fragment_times_out()
    {
        await using var server = await TestServer.StartAsync(output, o => o.IdleTimeout = TimeSpan.FromSeconds(1));
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(2).Encode());
        for (var i = 0; i < 3; i++)
        {
            await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
        }

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync(5));

        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.NotSpecified, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains(" 3117 ", StringComparison.Ordinal));
        await peer.DisposeAsync();
        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.SpoolFiles());
        Assert.Empty(server.Handler.Stored);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Data_set_past_limit_stops_spooling()
    {
        await using var server = await TestServer.StartAsync(output, o => (o.MaxDataSetBytes, o.SpoolMemoryBytes) = (10_000, 0));
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(3).Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
        await WaitUntilAsync(() => server.SpoolFiles().Length == 1);

        for (var i = 0; i < 30; i++)
        {
            await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
        }

        // The spool file is deleted as soon as the data set passes the limit, before its last fragment.
        await WaitUntilAsync(() => server.SpoolFiles().Length == 0);
        await peer.SendPdvAsync(3, isCommand: false, isLast: true, new byte[1000]);
        var (response, _) = await peer.ReadCommandAsync();
        Assert.Equal(DicomStatus.OutOfResources.Code, response.Status);
        Assert.Empty(server.Handler.Stored);
        await peer.SendPdvAsync(1, isCommand: true, isLast: true, RawPeer.EchoRequest(4).Encode());
        var (echo, _) = await peer.ReadCommandAsync();
        Assert.Equal(DicomStatus.Success.Code, echo.Status);
    }

    [Fact]
    public async Task Data_set_within_discard_limit_gets_A700()
    {
        await using var server = await TestServer.StartAsync(output, o =>
        {
            o.MaxDataSetBytes = 10_000;
            o.MaxDiscardedBytes = 20_000;
        });
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(3).Encode());

        // 30,000 bytes in all: exactly MaxDataSetBytes plus MaxDiscardedBytes.
        for (var i = 1; i <= 30; i++)
        {
            await peer.SendPdvAsync(3, isCommand: false, isLast: i == 30, new byte[1000]);
        }

        var (response, _) = await peer.ReadCommandAsync();
        Assert.Equal(DicomStatus.OutOfResources.Code, response.Status);
        Assert.DoesNotContain(server.Logger.Lines, line => line.Contains(" 3137 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unfinished_data_set_past_discard_limit_aborts()
    {
        await using var server = await TestServer.StartAsync(output, o =>
        {
            o.MaxDataSetBytes = 10_000;
            o.MaxDiscardedBytes = 20_000;
        });
        await using (var peer = await RawPeer.AssociateAsync(server.Port))
        {
            await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(3).Encode());
            for (var i = 0; i < 31; i++)
            {
                await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
            }

            var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
            Assert.Equal(AAbort.ServiceProvider, abort.Source);
            Assert.Equal(AbortReason.NotSpecified, abort.Reason);
        }

        var warning = Assert.Single(server.Logger.Lines, line => line.Contains(" 3137 ", StringComparison.Ordinal));
        Assert.Contains("Message 3: 31000 bytes", warning, StringComparison.Ordinal);
        Assert.Contains("Dicom:MaxDataSetBytes 10000 plus Dicom:MaxDiscardedBytes 20000", warning, StringComparison.Ordinal);
        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.SpoolFiles());
        Assert.Empty(server.Handler.Stored);
        await using var next = await RawPeer.AssociateAsync(server.Port);
        await next.SendPdvAsync(1, isCommand: true, isLast: true, RawPeer.EchoRequest(1).Encode());
        var (echo, _) = await next.ReadCommandAsync();
        Assert.Equal(DicomStatus.Success.Code, echo.Status);
    }

    [Fact]
    public async Task Release_mid_data_set_discards_it()
    {
        await using var server = await TestServer.StartAsync(output, o => o.SpoolMemoryBytes = 0);
        await using var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(6).Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
        await WaitUntilAsync(() => server.SpoolFiles().Length == 1);

        await peer.SendAsync(new AReleaseRq());

        Assert.IsType<AReleaseRp>(await peer.ReadAsync());
        Assert.Empty(server.SpoolFiles());
        Assert.Empty(server.Handler.Stored);
    }

    [Fact]
    public async Task Reset_mid_data_set_cleans_up()
    {
        await using var server = await TestServer.StartAsync(output, o => o.SpoolMemoryBytes = 0);
        var peer = await RawPeer.AssociateAsync(server.Port);
        await peer.SendPdvAsync(3, isCommand: true, isLast: true, RawPeer.StoreRequest(5).Encode());
        await peer.SendPdvAsync(3, isCommand: false, isLast: false, new byte[1000]);
        await WaitUntilAsync(() => server.SpoolFiles().Length == 1);

        peer.Reset();

        await server.Handler.FirstClosed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.SpoolFiles());
        Assert.Empty(server.Handler.Stored);
        Assert.Contains(server.Logger.Lines, line => line.Contains(" 3118 ", StringComparison.Ordinal));
        await WaitUntilAsync(() => server.Server.ActiveAssociations == 0);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Peer_that_stops_reading_is_dropped()
    {
        await using var server = await TestServer.StartAsync(
            output, o => o.SendTimeout = TimeSpan.FromSeconds(1), Microsoft.Extensions.Logging.LogLevel.Warning);
        await using var peer = await RawPeer.ConnectAsync(server.Port, receiveBufferSize: 4096);
        var request = RawPeer.AssociateRequest();
        await peer.SendAsync(request with { UserInformation = request.UserInformation with { MaxPduLength = 7 } });
        Assert.IsType<AAssociateAc>(await peer.ReadAsync());
        // With a maximum PDU length of 7 each C-ECHO-RSP takes 78 PDUs of 13 bytes on the wire, so a
        // few thousand unread responses fill the TCP buffers and block the server's send.
        var echoes = Enumerable.Range(1, 100)
            .SelectMany(id => PduEncoder.Encode(new PDataTf(
                [new PresentationDataValue(1, true, true, RawPeer.EchoRequest((ushort)id).Encode())])).ToArray())
            .ToArray();

        var batches = 0;
        while (batches < 5000 && server.Server.ActiveAssociations > 0
            && await peer.TrySendBytesAsync(echoes, TimeSpan.FromSeconds(2)))
        {
            batches++;
        }

        output.WriteLine($"sent {batches} batches of 100 C-ECHO-RQ before the sends stopped, at {DateTime.UtcNow:HH:mm:ss.fff}");
        // The server may still be working through the requests in its receive buffer before its own
        // send blocks, which takes several seconds when other tests load the machine.
        await WaitUntilAsync(() => server.Server.ActiveAssociations == 0, TimeSpan.FromSeconds(30));
        Assert.Contains(server.Logger.Lines, line => line.Contains(" 3118 ", StringComparison.Ordinal)
            && line.Contains("timed out after 1 s", StringComparison.Ordinal));
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    private static byte[] PduHeader(PduType type, uint length)
    {
        var header = new byte[6];
        header[0] = (byte)type;
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(2), length);
        return header;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (DateTime.UtcNow < deadline && !condition())
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
