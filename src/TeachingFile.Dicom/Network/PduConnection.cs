using System.Buffers.Binary;
using TeachingFile.Dicom.Network.Dimse;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// One transport connection carrying PDUs: reads them with the size cap of <see cref="PduReader"/>
/// and sends PDUs and DIMSE messages, fragmenting P-DATA-TF to the peer's maximum PDU length.
/// </summary>
internal sealed class PduConnection(Stream stream, uint maxReceivePduLength) : IAsyncDisposable
{
    /// <summary>PDV item header inside a P-DATA-TF: item length (4), context ID (1), control header (1).</summary>
    private const int PdvHeaderLength = 6;

    /// <summary>Largest data fragment sent in one PDU even when the peer allows more.</summary>
    private const int MaxSendFragment = 1024 * 1024;

    private readonly uint _maxReceivePduLength = maxReceivePduLength;
    private readonly PduReader _reader = new(stream, maxReceivePduLength);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private uint _peerMaxPduLength = maxReceivePduLength;

    /// <summary>
    /// The peer's maximum P-DATA-TF variable-field length. 0 (unlimited) is replaced by our own
    /// maximum, so outgoing PDUs never exceed what this node would accept itself.
    /// </summary>
    public uint PeerMaxPduLength
    {
        get => _peerMaxPduLength;
        set
        {
            if (value is > 0 and <= PdvHeaderLength)
            {
                throw new DicomProtocolException(
                    AbortReason.InvalidPduParameterValue,
                    "The peer's maximum PDU length " + value.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " leaves no room for data; expected 0 (unlimited) or more than 6 bytes.");
            }

            _peerMaxPduLength = value == 0 ? _maxReceivePduLength : value;
        }
    }

    /// <summary>
    /// Maximum time that sending one PDU may take. It counts from the send request, so it includes
    /// the wait for an earlier send. Within a DIMSE message the timer restarts before each PDU, so a
    /// large data set may take longer in total. Infinite unless set.
    /// </summary>
    public TimeSpan SendTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    public ValueTask<Pdu?> ReadAsync(CancellationToken cancellationToken) => _reader.ReadAsync(cancellationToken);

    /// <exception cref="IOException">The send took longer than <see cref="SendTimeout"/>.</exception>
    public async Task SendAsync(Pdu pdu, CancellationToken cancellationToken)
    {
        using var timeoutSource = StartSendTimeout(cancellationToken);
        try
        {
            await _writeLock.WaitAsync(timeoutSource.Token).ConfigureAwait(false);
            try
            {
                await stream.WriteAsync(PduEncoder.Encode(pdu), timeoutSource.Token).ConfigureAwait(false);
                await stream.FlushAsync(timeoutSource.Token).ConfigureAwait(false);
            }
            finally
            {
                _writeLock.Release();
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw SendTimedOut(ex);
        }
    }

    /// <summary>
    /// Sends a DIMSE message: the command set, then the data set read from <paramref
    /// name="dataSet"/> if given.
    /// </summary>
    /// <exception cref="IOException">One of the message's PDUs took longer than <see cref="SendTimeout"/> to send.</exception>
    public async Task SendMessageAsync(
        byte presentationContextId, DimseCommand command, Stream? dataSet, CancellationToken cancellationToken)
    {
        using var timeoutSource = StartSendTimeout(cancellationToken);
        try
        {
            await SendMessageCoreAsync(presentationContextId, command, dataSet, timeoutSource).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw SendTimedOut(ex);
        }
    }

    private async Task SendMessageCoreAsync(
        byte presentationContextId, DimseCommand command, Stream? dataSet, CancellationTokenSource timeoutSource)
    {
        await _writeLock.WaitAsync(timeoutSource.Token).ConfigureAwait(false);
        try
        {
            await SendFragmentsAsync(new MemoryStream(command.Encode()), presentationContextId, true, timeoutSource)
                .ConfigureAwait(false);
            if (dataSet is not null)
            {
                await SendFragmentsAsync(dataSet, presentationContextId, false, timeoutSource).ConfigureAwait(false);
            }

            await stream.FlushAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private CancellationTokenSource StartSendTimeout(CancellationToken cancellationToken)
    {
        var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(SendTimeout);
        return timeoutSource;
    }

    // A send cut off by the timeout may have written part of a PDU, so the connection cannot carry
    // another PDU, not even an A-ABORT. IOException makes the caller close it as a dropped connection.
    private IOException SendTimedOut(OperationCanceledException cancellation) => new(
        "Sending to the peer timed out after "
        + SendTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " s because the peer stopped reading. The connection is closed.",
        cancellation);

    /// <summary>
    /// Sends <paramref name="source"/> as PDVs, one per P-DATA-TF. The buffer contains the PDU header, the
    /// PDV header and up to the peer's maximum minus 6 data bytes. A fragment is sent only once the
    /// next read shows whether it is the last one. The send timeout restarts before each PDU.
    /// </summary>
    private async Task SendFragmentsAsync(
        Stream source, byte contextId, bool isCommand, CancellationTokenSource timeoutSource)
    {
        var cancellationToken = timeoutSource.Token;
        const int dataStart = 6 + PdvHeaderLength;
        var bytesLeft = source.CanSeek ? source.Length - source.Position : int.MaxValue;
        var capacity = (int)Math.Min(Math.Min(_peerMaxPduLength - PdvHeaderLength, MaxSendFragment), bytesLeft + 1);
        var buffer = new byte[dataStart + capacity];
        var filled = await FillAsync(source, buffer.AsMemory(dataStart, capacity), cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var probe = new byte[1];
            var isLast = filled < capacity
                || await source.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0;
            WriteHeaders(buffer, contextId, isCommand, isLast, filled);
            timeoutSource.CancelAfter(SendTimeout);
            await stream.WriteAsync(buffer.AsMemory(0, dataStart + filled), cancellationToken).ConfigureAwait(false);
            if (isLast)
            {
                return;
            }

            buffer[dataStart] = probe[0];
            filled = 1 + await FillAsync(source, buffer.AsMemory(dataStart + 1, capacity - 1), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private static void WriteHeaders(byte[] buffer, byte contextId, bool isCommand, bool isLast, int dataLength)
    {
        buffer[0] = (byte)PduType.DataTransfer;
        buffer[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(2), (uint)(PdvHeaderLength + dataLength));
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(6), (uint)(2 + dataLength));
        buffer[10] = contextId;
        buffer[11] = (byte)((isCommand ? 1 : 0) | (isLast ? 2 : 0));
    }

    private static async Task<int> FillAsync(Stream source, Memory<byte> target, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < target.Length)
        {
            var read = await source.ReadAsync(target[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        _writeLock.Dispose();
    }
}
