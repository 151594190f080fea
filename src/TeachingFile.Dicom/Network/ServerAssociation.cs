using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using TeachingFile.Dicom.Network.Dimse;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// The acceptor side of one association, from TCP accept to close: ARTIM while awaiting the
/// A-ASSOCIATE-RQ and the close, negotiation, the idle timeout while established, DIMSE via
/// <see cref="StorageScpService"/>, release and abort, following <see cref="AssociationStateMachine"/>.
/// While it has no association the connection is listed in <paramref name="limiter"/>, which may
/// evict it. Once its A-ASSOCIATE-RQ is read it takes an association slot or is rejected.
/// </summary>
internal sealed class ServerAssociation(
    Socket socket,
    PendingConnection pending,
    DicomServerOptions options,
    AssociationNegotiator negotiator,
    IDicomStoreHandler storeHandler,
    ILogger logger,
    ConnectionLimiter limiter,
    ArrayPool<byte> spoolBuffers)
{
    private readonly AssociationStateMachine _state = new();
    private readonly PduConnection _connection = new(new NetworkStream(socket, ownsSocket: true), options.MaxPduLength)
    {
        SendTimeout = options.SendTimeout,
    };
    private readonly EndPoint? _remoteEndPoint = socket.RemoteEndPoint;
    private readonly long _maxIncompleteDataSetLength = options.MaxDataSetBytes > long.MaxValue - options.MaxDiscardedBytes
        ? long.MaxValue
        : options.MaxDataSetBytes + options.MaxDiscardedBytes;
    private DimseMessageAssembler? _assembler;
    private bool _holdsAssociationSlot;

    public string Id => pending.AssociationId;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        NetworkLog.ConnectionOpened(logger, Id, _remoteEndPoint);
        _state.OnTransportOpened(isAcceptor: true);
        DicomAssociationInfo? established = null;
        try
        {
            established = await EstablishAsync(cancellationToken).ConfigureAwait(false);
            if (established is not null)
            {
                await ServeAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DicomProtocolException ex) when (ex.ForeignProtocol is { } protocol
            && _state.State == AssociationState.AwaitingAssociateRequest)
        {
            NetworkLog.ForeignProtocolReceived(logger, Id, _remoteEndPoint, protocol);
            await RejectForeignProtocolAsync(ex.Reason).ConfigureAwait(false);
        }
        catch (DicomProtocolException ex)
        {
            await AbortAsync(ex.Reason, ex.Message, LifetimeToken(cancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: send A-ABORT and close at once instead of waiting the ARTIM timeout for the peer.
            await AbortAsync(AbortReason.NotSpecified, "the server is stopping", cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (pending.IsEvicted)
        {
            // The limiter logged the eviction; closing the connection is all that is left.
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            NetworkLog.ConnectionDropped(logger, ex, Id, _state.State);
        }
        catch (Exception ex)
        {
            NetworkLog.AssociationFailed(logger, ex, Id, _state.State);
            await AbortAsync(AbortReason.NotSpecified, "internal error: " + ex.GetType().Name, LifetimeToken(cancellationToken))
                .ConfigureAwait(false);
        }
        finally
        {
            await CloseAsync(established, started).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the A-ASSOCIATE-RQ and sends A-ASSOCIATE-AC or -RJ. Returns the association, or null
    /// when none was established.
    /// </summary>
    private async Task<DicomAssociationInfo?> EstablishAsync(CancellationToken cancellationToken)
    {
        var pdu = await ReadAsync(options.AssociationRequestTimeout, pending.Token).ConfigureAwait(false);
        if (pdu is null || !await ActOnAsync(pdu, pending.Token).ConfigureAwait(false))
        {
            return null;
        }

        var request = (AAssociateRq)pdu;
        limiter.RemovePending(pending);
        _holdsAssociationSlot = limiter.TryReserveAssociation();
        var rejection = await negotiator.CheckAsync(request, !_holdsAssociationSlot, cancellationToken).ConfigureAwait(false);
        if (rejection is not null)
        {
            await RejectAsync(request, rejection).ConfigureAwait(false);
            return null;
        }

        var (accept, accepted) = negotiator.Accept(request);
        _connection.PeerMaxPduLength = request.UserInformation.MaxPduLength;
        await _connection.SendAsync(accept, cancellationToken).ConfigureAwait(false);
        _state.OnAssociateAcceptSent();
        var info = new DicomAssociationInfo(Id, request.CallingAeTitle, request.CalledAeTitle, _remoteEndPoint);
        NetworkLog.AssociationAccepted(
            logger, Id, request.CallingAeTitle, request.CalledAeTitle, _remoteEndPoint, accepted.Count,
            request.PresentationContexts.Count, request.UserInformation.MaxPduLength);
        var service = new StorageScpService(info, _connection, storeHandler, options, spoolBuffers, logger);
        _assembler = new DimseMessageAssembler(accepted, service);
        return info;
    }

    /// <summary>
    /// Sends the A-ASSOCIATE-RJ, gives back the association slot and lists the connection as
    /// pending again while it waits for the peer to close.
    /// </summary>
    private async Task RejectAsync(AAssociateRq request, AssociationRejection rejection)
    {
        NetworkLog.AssociationRejected(
            logger, Id, rejection.Result, rejection.Source, rejection.Reason, request.CallingAeTitle,
            request.CalledAeTitle, _remoteEndPoint, rejection.LogMessage);
        ReleaseAssociationSlot();
        limiter.AddPending(pending);
        await _connection.SendAsync(new AAssociateRj(rejection.Result, rejection.Source, rejection.Reason), pending.Token)
            .ConfigureAwait(false);
        _state.OnAssociateRejectSent();
        await AwaitCloseAsync(pending.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Returns the token that ends this connection: the server stop while it has an association
    /// slot, otherwise the stop or an eviction by the limiter.
    /// </summary>
    private CancellationToken LifetimeToken(CancellationToken stopping) => _holdsAssociationSlot ? stopping : pending.Token;

    private void ReleaseAssociationSlot()
    {
        if (_holdsAssociationSlot)
        {
            _holdsAssociationSlot = false;
            limiter.ReleaseAssociation();
        }
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var pdu = await ReadAsync(options.IdleTimeout, cancellationToken).ConfigureAwait(false);
            if (pdu is null && _state.State == AssociationState.AwaitingTransportClose)
            {
                return;
            }

            if (pdu is null)
            {
                throw new IOException("The peer closed the connection without A-RELEASE-RQ or A-ABORT.");
            }

            if (!await ActOnAsync(pdu, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (pdu is PDataTf data)
            {
                await _assembler!.ReceiveAsync(data, cancellationToken).ConfigureAwait(false);
                if (_assembler.PendingDataSetLength > _maxIncompleteDataSetLength)
                {
                    await AbortUnfinishedDataSetAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }

                continue;
            }

            await _assembler!.DiscardPendingAsync().ConfigureAwait(false);
            await _connection.SendAsync(new AReleaseRp(), cancellationToken).ConfigureAwait(false);
            _state.OnReleaseResponseSent();
            NetworkLog.AssociationReleased(logger, Id);
            await AwaitCloseAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    /// <summary>
    /// Aborts the association of a peer whose data set passed Dicom:MaxDataSetBytes plus
    /// Dicom:MaxDiscardedBytes without its last fragment. Closing the connection deletes any spool file.
    /// </summary>
    private async Task AbortUnfinishedDataSetAsync(CancellationToken cancellationToken)
    {
        NetworkLog.DataSetDiscardLimitExceeded(
            logger, Id, _assembler!.PendingMessageId ?? 0, _assembler.PendingDataSetLength, options.MaxDataSetBytes,
            options.MaxDiscardedBytes);
        await AbortAsync(
            AbortReason.NotSpecified, "data set longer than Dicom:MaxDataSetBytes plus Dicom:MaxDiscardedBytes",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the state machine to a received PDU; returns false when the association ends here.</summary>
    private async Task<bool> ActOnAsync(Pdu pdu, CancellationToken cancellationToken)
    {
        NetworkLog.PduReceived(logger, Id, pdu.Type);
        var stateBefore = _state.State;
        switch (_state.OnPduReceived(pdu.Type))
        {
            case AssociationAction.Process:
                return true;
            case AssociationAction.CloseTransport:
                var abort = (AAbort)pdu;
                NetworkLog.PeerAborted(logger, Id, abort.Source, (byte)abort.Reason);
                return false;
            default:
                var state = ((int)stateBefore).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await AbortAsync(AbortReason.UnexpectedPdu, "unexpected " + pdu.Type + " in state Sta" + state, cancellationToken)
                    .ConfigureAwait(false);
                return false;
        }
    }

    /// <summary>Reads one PDU; on timeout logs ARTIM expiry (Sta2) or sends A-ABORT (idle) and returns null.</summary>
    private async Task<Pdu?> ReadAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            return await _connection.ReadAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            if (_state.State == AssociationState.AwaitingAssociateRequest)
            {
                NetworkLog.ArtimExpired(logger, Id, timeout.TotalSeconds, _state.State);
                return null;
            }

            NetworkLog.IdleTimeout(logger, Id, timeout.TotalSeconds);
            await AbortAsync(AbortReason.NotSpecified, "idle timeout", cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private async Task AbortAsync(AbortReason reason, string detail, CancellationToken cancellationToken)
    {
        NetworkLog.AbortSent(logger, Id, (byte)reason, detail);
        if (await SendAbortAsync(reason).ConfigureAwait(false) && !cancellationToken.IsCancellationRequested)
        {
            await AwaitCloseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends A-ABORT (source service-provider) and returns false when the connection was already broken.</summary>
    private async Task<bool> SendAbortAsync(AbortReason reason)
    {
        _state.OnAbortSent();
        try
        {
            using var timeoutSource = new CancellationTokenSource(options.ArtimTimeout);
            await _connection.SendAsync(new AAbort(AAbort.ServiceProvider, reason), timeoutSource.Token)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException
            or OperationCanceledException)
        {
            NetworkLog.ConnectionDropped(logger, ex, Id, _state.State);
            return false;
        }
    }

    /// <summary>
    /// Sends A-ABORT to a peer that spoke HTTP or TLS and closes without the ARTIM wait, because
    /// nothing obliges such a peer to close the connection after an A-ABORT. Closing with unread
    /// bytes would send a TCP reset, which can discard the A-ABORT before the peer reads it. So the
    /// server first sends FIN and drops what the peer still sends, for at most 1 s and 64 KiB.
    /// </summary>
    private async Task RejectForeignProtocolAsync(AbortReason reason)
    {
        if (!await SendAbortAsync(reason).ConfigureAwait(false))
        {
            return;
        }

        var buffer = new byte[4096];
        var drained = 0;
        using var timeoutSource = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            socket.Shutdown(SocketShutdown.Send);
            int read;
            while (drained < 64 * 1024
                && (read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeoutSource.Token).ConfigureAwait(false)) > 0)
            {
                drained += read;
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection closes next whatever the peer does.
        }
    }

    /// <summary>Sta13: waits up to the ARTIM timeout for the peer to close, ignoring what it still sends.</summary>
    private async Task AwaitCloseAsync(CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(options.ArtimTimeout);
        try
        {
            while (await _connection.ReadAsync(timeoutSource.Token).ConfigureAwait(false) is { } pdu && pdu is not AAbort)
            {
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            NetworkLog.ArtimExpired(logger, Id, options.ArtimTimeout.TotalSeconds, _state.State);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException
            or DicomProtocolException or OperationCanceledException)
        {
            // The connection is closing anyway; what the peer sends or breaks now does not matter.
        }
    }

    private async Task CloseAsync(DicomAssociationInfo? established, long started)
    {
        if (_assembler is not null)
        {
            await _assembler.DiscardPendingAsync().ConfigureAwait(false);
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
        limiter.RemovePending(pending);
        ReleaseAssociationSlot();
        pending.Dispose();
        _state.OnTransportClosed();
        if (established is not null)
        {
            try
            {
                await storeHandler.OnAssociationClosedAsync(established, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                NetworkLog.ClosedCallbackFailed(logger, ex, Id);
            }
        }

        NetworkLog.ConnectionClosed(logger, Id, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
