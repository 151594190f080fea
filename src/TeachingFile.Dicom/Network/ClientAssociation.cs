using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using TeachingFile.Dicom.Network.Dimse;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// The requestor side of one association for <see cref="DicomClient"/>: connect, negotiate, send
/// requests one at a time and await each response, then release (or abort on failure).
/// </summary>
internal sealed class ClientAssociation : IAsyncDisposable, IDimseMessageHandler
{
    private readonly AssociationStateMachine _state = new();
    private readonly Socket _socket;
    private readonly PduConnection _connection;
    private readonly DicomClientOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<byte, AcceptedPresentationContext> _accepted = [];
    private readonly DimseMessageAssembler _assembler;
    private DimseCommand? _response;

    private ClientAssociation(Socket socket, DicomClientOptions options, ILogger logger)
    {
        _socket = socket;
        _options = options;
        _logger = logger;
        _connection = new PduConnection(new NetworkStream(socket, ownsSocket: true), options.MaxPduLength)
        {
            SendTimeout = options.SendTimeout,
        };
        _assembler = new DimseMessageAssembler(_accepted, this);
    }

    public string Id { get; } = AssociationIds.New();

    public IReadOnlyDictionary<byte, PresentationContextAc> Answers { get; private set; } =
        new Dictionary<byte, PresentationContextAc>();

    public static async Task<ClientAssociation> ConnectAsync(
        DicomClientOptions options, IReadOnlyList<PresentationContextRq> contexts, ILogger logger,
        CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            await socket.ConnectAsync(options.Host, options.Port, timeout.Token).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var association = new ClientAssociation(socket, options, logger);
        try
        {
            await association.NegotiateAsync(contexts, cancellationToken).ConfigureAwait(false);
            return association;
        }
        catch
        {
            await association.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Returns the accepted context for <paramref name="abstractSyntax"/>, or null.</summary>
    public AcceptedPresentationContext? FindContext(string abstractSyntax) => _accepted.Values.FirstOrDefault(
        c => string.Equals(c.AbstractSyntax, abstractSyntax, StringComparison.Ordinal));

    /// <summary>Sends a request and returns its response command.</summary>
    public async Task<DimseCommand> SendRequestAsync(
        AcceptedPresentationContext context, DimseCommand request, Stream? dataSet, CancellationToken cancellationToken)
    {
        _response = null;
        await _connection.SendMessageAsync(context.Id, request, dataSet, cancellationToken).ConfigureAwait(false);
        while (_response is null)
        {
            var pdu = await ReadExpectedAsync(cancellationToken).ConfigureAwait(false);
            await _assembler.ReceiveAsync((PDataTf)pdu, cancellationToken).ConfigureAwait(false);
        }

        if (_response.MessageIdBeingRespondedTo != request.MessageId)
        {
            throw new DicomProtocolException(AbortReason.UnexpectedPduParameter, string.Create(
                CultureInfo.InvariantCulture,
                $"Response to message {_response.MessageIdBeingRespondedTo}; expected a response to message {request.MessageId}."));
        }

        return _response;
    }

    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        await _connection.SendAsync(new AReleaseRq(), cancellationToken).ConfigureAwait(false);
        _state.OnReleaseRequestSent();
        while (await ReadExpectedAsync(cancellationToken).ConfigureAwait(false) is not AReleaseRp)
        {
            // P-DATA still arriving in Sta7 (AR-7) belongs to no pending request and is dropped.
        }

        NetworkLog.ClientReleased(_logger, Id);
    }

    /// <summary>Sends A-ABORT (source service-user) if the connection still works.</summary>
    public async Task AbortAsync(Exception reason)
    {
        NetworkLog.ClientAborting(_logger, reason, Id);
        try
        {
            using var timeout = new CancellationTokenSource(_options.Timeout);
            var abortReason = reason is DicomProtocolException protocol ? protocol.Reason : AbortReason.NotSpecified;
            await _connection.SendAsync(new AAbort(AAbort.ServiceUser, abortReason), timeout.Token)
                .ConfigureAwait(false);
            _state.OnAbortSent();
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException
            or OperationCanceledException)
        {
            // The peer is gone already; closing the socket is all that is left.
        }
    }

    public ValueTask<IDataSetSink> BeginDataSetAsync(
        AcceptedPresentationContext context, DimseCommand command, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IDataSetSink>(new DiscardingSink(DicomStatus.Success, "response data sets are not used"));

    public ValueTask OnMessageAsync(
        AcceptedPresentationContext context, DimseCommand command, IDataSetSink? dataSet, CancellationToken cancellationToken)
    {
        if (!command.IsResponse)
        {
            throw new DicomProtocolException(
                AbortReason.UnexpectedPduParameter, "The peer sent a DIMSE request; this SCU accepts only responses.");
        }

        _response = command;
        return dataSet?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _assembler.DiscardPendingAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }

    private async Task NegotiateAsync(IReadOnlyList<PresentationContextRq> contexts, CancellationToken cancellationToken)
    {
        _state.OnTransportOpened(isAcceptor: false);
        var userInformation = new UserInformation(
            _options.MaxPduLength, DicomImplementation.ClassUid, DicomImplementation.VersionName, null, []);
        var request = new AAssociateRq(
            1, _options.CalledAeTitle, _options.CallingAeTitle, DicomUidConstants.ApplicationContext, contexts,
            userInformation);
        await _connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
        _state.OnAssociateRequestSent();
        var pdu = await ReadExpectedAsync(cancellationToken).ConfigureAwait(false);
        if (pdu is AAssociateRj reject)
        {
            throw new DicomAssociationRejectedException(reject.Result, reject.Source, reject.Reason);
        }

        var accept = (AAssociateAc)pdu;
        Answers = accept.PresentationContexts.ToDictionary(c => c.Id);
        foreach (var answer in accept.PresentationContexts.Where(c => c.Result == PresentationContextResult.Acceptance))
        {
            var proposed = contexts.FirstOrDefault(c => c.Id == answer.Id)
                ?? throw new DicomProtocolException(AbortReason.InvalidPduParameterValue, string.Create(
                    CultureInfo.InvariantCulture, $"A-ASSOCIATE-AC accepts presentation context {answer.Id}, which was not proposed."));
            _accepted[answer.Id] = new AcceptedPresentationContext(
                answer.Id, proposed.AbstractSyntax, TransferSyntax.Lookup(answer.TransferSyntax));
        }

        _connection.PeerMaxPduLength = accept.UserInformation.MaxPduLength;
        NetworkLog.ClientAssociated(
            _logger, Id, _options.CalledAeTitle, _socket.RemoteEndPoint, _options.CallingAeTitle,
            accept.UserInformation.MaxPduLength);
    }

    /// <summary>Reads the next PDU and checks it against the state machine; throws when the association ends.</summary>
    private async Task<Pdu> ReadExpectedAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        Pdu? pdu;
        try
        {
            pdu = await _connection.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"No PDU from {_options.CalledAeTitle} within {_options.Timeout.TotalSeconds} s in state {_state.State}."));
        }

        if (pdu is null)
        {
            throw new DicomAssociationAbortedException("The peer closed the connection in state " + _state.State + ".");
        }

        return _state.OnPduReceived(pdu.Type) switch
        {
            AssociationAction.Process => pdu,
            AssociationAction.CloseTransport => throw new DicomAssociationAbortedException(string.Create(
                CultureInfo.InvariantCulture,
                $"The peer aborted the association (source {((AAbort)pdu).Source}, reason {(byte)((AAbort)pdu).Reason}).")),
            _ => throw new DicomProtocolException(
                AbortReason.UnexpectedPdu, "Unexpected " + pdu.Type + " in state " + _state.State + "."),
        };
    }
}
