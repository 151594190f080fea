using System.Net.Sockets;
using TeachingFile.Dicom.Network.Dimse;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>A hand-driven TCP peer that sends exact bytes or PDUs, for protocol-violation tests.</summary>
internal sealed class RawPeer : IAsyncDisposable
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    public const string Verification = "1.2.840.10008.1.1";

    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly PduReader _reader;

    private RawPeer(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new PduReader(_stream, 1024 * 1024);
    }

    /// <summary>
    /// Connects to the server. A small <paramref name="receiveBufferSize"/> lets a test fill the
    /// TCP buffers quickly with responses it never reads.
    /// </summary>
    public static async Task<RawPeer> ConnectAsync(int port, int? receiveBufferSize = null)
    {
        var client = new TcpClient { NoDelay = true };
        if (receiveBufferSize is { } size)
        {
            client.ReceiveBufferSize = size;
        }

        await client.ConnectAsync("127.0.0.1", port);
        return new RawPeer(client);
    }

    /// <summary>Connects and negotiates Verification (context 1) and CT Image Storage (context 3).</summary>
    public static async Task<RawPeer> AssociateAsync(int port, string callingAe = TestServer.KnownCallingAe)
    {
        var peer = await ConnectAsync(port);
        await peer.SendAsync(AssociateRequest(callingAe));
        var answer = await peer.ReadAsync();
        Assert.IsType<AAssociateAc>(answer);
        return peer;
    }

    public static AAssociateRq AssociateRequest(string callingAe = TestServer.KnownCallingAe) => new(
        1, TestServer.AeTitle, callingAe, "1.2.840.10008.3.1.1.1",
        [
            new PresentationContextRq(1, "1.2.840.10008.1.1", ["1.2.840.10008.1.2"]),
            new PresentationContextRq(3, CtImageStorage, ["1.2.840.10008.1.2.1"]),
        ],
        new UserInformation(16384, "1.2.3.4", "RAWPEER", null, []));

    public static DimseCommand StoreRequest(ushort messageId) => new()
    {
        CommandField = CommandField.CStoreRequest,
        MessageId = messageId,
        Priority = 0,
        AffectedSopClassUid = CtImageStorage,
        AffectedSopInstanceUid = "1.2.826.0.1.3680043.2.1143.1",
        CommandDataSetType = 0,
    };

    public static DimseCommand EchoRequest(ushort messageId) => new()
    {
        CommandField = CommandField.CEchoRequest,
        MessageId = messageId,
        AffectedSopClassUid = Verification,
        CommandDataSetType = DimseCommand.NoDataSet,
    };

    public Task SendAsync(Pdu pdu) => SendBytesAsync(PduEncoder.Encode(pdu).ToArray());

    public Task SendPdvAsync(byte contextId, bool isCommand, bool isLast, byte[] data) =>
        SendAsync(new PDataTf([new PresentationDataValue(contextId, isCommand, isLast, data)]));

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>
    /// Sends bytes and returns false when the send fails or does not complete within the timeout,
    /// which happens once the server stops reading.
    /// </summary>
    public async Task<bool> TrySendBytesAsync(byte[] bytes, TimeSpan timeout)
    {
        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await _stream.WriteAsync(bytes, timeoutSource.Token);
            return true;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Reads the next PDU, or null when the server closed the connection.</summary>
    public async Task<Pdu?> ReadAsync(double timeoutSeconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        return await _reader.ReadAsync(timeout.Token);
    }

    /// <summary>
    /// Reads P-DATA-TF PDUs up to the last command fragment and decodes the command set. Also
    /// returns each PDU's variable-field length, to check fragmentation against a maximum PDU length.
    /// </summary>
    public async Task<(DimseCommand Command, List<int> PduLengths)> ReadCommandAsync()
    {
        var command = new MemoryStream();
        var pduLengths = new List<int>();
        while (true)
        {
            var data = Assert.IsType<PDataTf>(await ReadAsync());
            pduLengths.Add(data.Values.Sum(value => 6 + value.Data.Length));
            foreach (var value in data.Values)
            {
                Assert.True(value.IsCommand, "a data set fragment arrived before the last command fragment");
                command.Write(value.Data.Span);
                if (value.IsLast)
                {
                    return (DimseCommand.Decode(command.ToArray()), pduLengths);
                }
            }
        }
    }

    /// <summary>Returns true when the server closes the connection (EOF or reset) within the timeout.</summary>
    public async Task<bool> IsClosedWithinAsync(double timeoutSeconds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        var buffer = new byte[1024];
        try
        {
            while (await _stream.ReadAsync(buffer, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Closes the connection with a TCP reset (RST) instead of FIN, as a crashed peer or a firewall does.</summary>
    public void Reset()
    {
        _client.Client.LingerState = new LingerOption(true, 0);
        _client.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
