using System.Net;
using Microsoft.Extensions.Logging;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// Log events of the DICOM network layer (event ids 3100-3199). Every association event carries
/// the association id. SOP Instance UIDs are never logged here because they identify patient data.
/// </summary>
internal static partial class NetworkLog
{
    [LoggerMessage(3100, LogLevel.Information, "DICOM server listening on {EndPoint} as AE title {AeTitle}")]
    public static partial void ServerStarted(ILogger logger, EndPoint endPoint, string aeTitle);

    [LoggerMessage(3101, LogLevel.Information, "DICOM server on {EndPoint} stopping, {ActiveAssociations} associations open")]
    public static partial void ServerStopping(ILogger logger, EndPoint endPoint, int activeAssociations);

    [LoggerMessage(3102, LogLevel.Warning, "DICOM server: {ActiveAssociations} associations still open after the stop timeout; aborting them")]
    public static partial void ServerAbortingAssociations(ILogger logger, int activeAssociations);

    [LoggerMessage(3103, LogLevel.Error, "DICOM server: accepting a TCP connection failed")]
    public static partial void AcceptFailed(ILogger logger, Exception exception);

    [LoggerMessage(3104, LogLevel.Warning, "[{AssociationId}] Closing the oldest connection without an association, from {RemoteEndPoint}, because {MaxPendingConnections} such connections are open (Dicom:MaxPendingConnections); {EvictedConnections} closed this way so far")]
    public static partial void PendingConnectionEvicted(
        ILogger logger, string associationId, EndPoint? remoteEndPoint, int maxPendingConnections, long evictedConnections);

    [LoggerMessage(3110, LogLevel.Debug, "[{AssociationId}] TCP connection from {RemoteEndPoint}")]
    public static partial void ConnectionOpened(ILogger logger, string associationId, EndPoint? remoteEndPoint);

    [LoggerMessage(3111, LogLevel.Information, "[{AssociationId}] Association accepted: {CallingAeTitle} -> {CalledAeTitle} from {RemoteEndPoint}, {AcceptedContexts}/{ProposedContexts} presentation contexts, peer max PDU {PeerMaxPduLength}")]
    public static partial void AssociationAccepted(
        ILogger logger, string associationId, string callingAeTitle, string calledAeTitle, EndPoint? remoteEndPoint,
        int acceptedContexts, int proposedContexts, uint peerMaxPduLength);

    [LoggerMessage(3112, LogLevel.Warning, "[{AssociationId}] Association rejected ({Result}/{Source}/{Reason}): {CallingAeTitle} -> {CalledAeTitle} from {RemoteEndPoint}: {Detail}")]
    public static partial void AssociationRejected(
        ILogger logger, string associationId, byte result, byte source, byte reason, string callingAeTitle,
        string calledAeTitle, EndPoint? remoteEndPoint, string detail);

    [LoggerMessage(3113, LogLevel.Information, "[{AssociationId}] Association released")]
    public static partial void AssociationReleased(ILogger logger, string associationId);

    [LoggerMessage(3114, LogLevel.Warning, "[{AssociationId}] Peer aborted the association (source {Source}, reason {Reason})")]
    public static partial void PeerAborted(ILogger logger, string associationId, byte source, byte reason);

    [LoggerMessage(3115, LogLevel.Warning, "[{AssociationId}] Sending A-ABORT (reason {Reason}): {Detail}")]
    public static partial void AbortSent(ILogger logger, string associationId, byte reason, string detail);

    [LoggerMessage(3116, LogLevel.Warning, "[{AssociationId}] ARTIM timer expired after {TimeoutSeconds} s in state {State}; closing the connection")]
    public static partial void ArtimExpired(ILogger logger, string associationId, double timeoutSeconds, AssociationState state);

    [LoggerMessage(3117, LogLevel.Warning, "[{AssociationId}] No PDU for {TimeoutSeconds} s; aborting the idle association")]
    public static partial void IdleTimeout(ILogger logger, string associationId, double timeoutSeconds);

    [LoggerMessage(3118, LogLevel.Warning, "[{AssociationId}] Connection dropped in state {State}")]
    public static partial void ConnectionDropped(ILogger logger, Exception exception, string associationId, AssociationState state);

    [LoggerMessage(3119, LogLevel.Debug, "[{AssociationId}] Connection closed after {ElapsedMilliseconds} ms")]
    public static partial void ConnectionClosed(ILogger logger, string associationId, long elapsedMilliseconds);

    [LoggerMessage(3120, LogLevel.Error, "[{AssociationId}] Association failed in state {State}")]
    public static partial void AssociationFailed(ILogger logger, Exception exception, string associationId, AssociationState state);

    [LoggerMessage(3121, LogLevel.Error, "[{AssociationId}] The store handler's association-closed callback failed")]
    public static partial void ClosedCallbackFailed(ILogger logger, Exception exception, string associationId);

    [LoggerMessage(3122, LogLevel.Trace, "[{AssociationId}] Received PDU {PduType}")]
    public static partial void PduReceived(ILogger logger, string associationId, Pdus.PduType pduType);

    [LoggerMessage(3123, LogLevel.Warning, "[{AssociationId}] Peer at {RemoteEndPoint} sent {Protocol} to the DICOM port, which speaks only the DICOM upper layer protocol; sending A-ABORT and closing the connection")]
    public static partial void ForeignProtocolReceived(
        ILogger logger, string associationId, EndPoint? remoteEndPoint, string protocol);

    [LoggerMessage(3130, LogLevel.Debug, "[{AssociationId}] C-ECHO message {MessageId} responded Success")]
    public static partial void EchoAnswered(ILogger logger, string associationId, ushort messageId);

    [LoggerMessage(3143, LogLevel.Debug, "[{AssociationId}] C-CANCEL for message {MessageId} ignored: no operation is pending")]
    public static partial void CancelIgnored(ILogger logger, string associationId, ushort messageId);

    [LoggerMessage(3131, LogLevel.Information, "[{AssociationId}] C-STORE message {MessageId} ({SopClassUid}, {DataSetLength} bytes, {TransferSyntax}) responded {Status}")]
    public static partial void StoreAnswered(
        ILogger logger, string associationId, ushort messageId, string sopClassUid, long dataSetLength,
        string transferSyntax, DicomStatus status);

    [LoggerMessage(3132, LogLevel.Error, "[{AssociationId}] Store handler failed for C-STORE message {MessageId}; responding with processing failure")]
    public static partial void StoreHandlerFailed(ILogger logger, Exception exception, string associationId, ushort messageId);

    [LoggerMessage(3133, LogLevel.Warning, "[{AssociationId}] C-STORE message {MessageId} data set exceeds {MaxDataSetBytes} bytes; discarding it and responding with out of resources")]
    public static partial void DataSetTooLarge(ILogger logger, string associationId, ushort messageId, long maxDataSetBytes);

    [LoggerMessage(3144, LogLevel.Warning, "[{AssociationId}] C-STORE message {MessageId}: {FreeBytes} bytes free on the spool volume, under Dicom:MinFreeDiskBytes {MinFreeDiskBytes}; discarding the data set and responding with out of resources")]
    public static partial void DiskSpaceLow(ILogger logger, string associationId, ushort messageId, long freeBytes, long minFreeDiskBytes);

    [LoggerMessage(3137, LogLevel.Warning, "[{AssociationId}] Message {MessageId}: {DataSetLength} bytes of its data set received without the last fragment, more than Dicom:MaxDataSetBytes {MaxDataSetBytes} plus Dicom:MaxDiscardedBytes {MaxDiscardedBytes}; aborting the association")]
    public static partial void DataSetDiscardLimitExceeded(
        ILogger logger, string associationId, ushort messageId, long dataSetLength, long maxDataSetBytes, long maxDiscardedBytes);

    [LoggerMessage(3134, LogLevel.Warning, "[{AssociationId}] Message {MessageId}: {Reason}; responding {Status}")]
    public static partial void RequestRefused(ILogger logger, string associationId, ushort messageId, string reason, DicomStatus status);

    [LoggerMessage(3135, LogLevel.Warning, "[{AssociationId}] Could not delete spool file {SpoolPath}")]
    public static partial void SpoolDeleteFailed(ILogger logger, Exception exception, string associationId, string spoolPath);

    [LoggerMessage(3136, LogLevel.Error, "[{AssociationId}] Could not create or write the spool file for message {MessageId}; responding with out of resources")]
    public static partial void SpoolCreateFailed(ILogger logger, Exception exception, string associationId, ushort messageId);

    [LoggerMessage(3140, LogLevel.Debug, "[{AssociationId}] Associated with {CalledAeTitle} at {RemoteEndPoint} as {CallingAeTitle}, peer max PDU {PeerMaxPduLength}")]
    public static partial void ClientAssociated(
        ILogger logger, string associationId, string calledAeTitle, EndPoint? remoteEndPoint, string callingAeTitle,
        uint peerMaxPduLength);

    [LoggerMessage(3141, LogLevel.Debug, "[{AssociationId}] Association released by the SCU")]
    public static partial void ClientReleased(ILogger logger, string associationId);

    [LoggerMessage(3142, LogLevel.Warning, "[{AssociationId}] SCU aborting the association")]
    public static partial void ClientAborting(ILogger logger, Exception exception, string associationId);
}
