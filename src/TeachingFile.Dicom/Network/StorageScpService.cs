using System.Buffers;
using Microsoft.Extensions.Logging;
using TeachingFile.Dicom.Network.Dimse;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// The DIMSE service provider of one server association: C-ECHO, C-STORE into memory or spool files
/// handed to <see cref="IDicomStoreHandler"/>, and 0x0211 unrecognized operation for other requests.
/// </summary>
internal sealed class StorageScpService(
    DicomAssociationInfo association,
    PduConnection connection,
    IDicomStoreHandler storeHandler,
    DicomServerOptions options,
    ArrayPool<byte> spoolBuffers,
    ILogger logger) : IDimseMessageHandler
{
    public ValueTask<IDataSetSink> BeginDataSetAsync(
        AcceptedPresentationContext context, DimseCommand command, CancellationToken cancellationToken)
    {
        if (command.CommandField != CommandField.CStoreRequest)
        {
            return ValueTask.FromResult<IDataSetSink>(
                new DiscardingSink(DicomStatus.UnrecognizedOperation, "unsupported command"));
        }

        if (CheckStoreRequest(context, command) is { } refusal)
        {
            return ValueTask.FromResult<IDataSetSink>(refusal);
        }

        if (options.MinFreeDiskBytes > 0 && SpoolFile.FreeBytes(options.SpoolDirectory) is var free
            && free < options.MinFreeDiskBytes)
        {
            NetworkLog.DiskSpaceLow(logger, association.AssociationId, command.MessageId!.Value, free, options.MinFreeDiskBytes);
            return ValueTask.FromResult<IDataSetSink>(
                new DiscardingSink(DicomStatus.OutOfResources, "free disk space is under Dicom:MinFreeDiskBytes"));
        }

        try
        {
            return ValueTask.FromResult<IDataSetSink>(SpoolFile.Create(
                options.SpoolDirectory, association.AssociationId, command.MessageId!.Value, options.MaxDataSetBytes,
                options.SpoolMemoryBytes, spoolBuffers, options.MinFreeDiskBytes, logger));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            NetworkLog.SpoolCreateFailed(logger, ex, association.AssociationId, command.MessageId!.Value);
            return ValueTask.FromResult<IDataSetSink>(
                new DiscardingSink(DicomStatus.OutOfResources, "spool file could not be created"));
        }
    }

    public async ValueTask OnMessageAsync(
        AcceptedPresentationContext context, DimseCommand command, IDataSetSink? dataSet, CancellationToken cancellationToken)
    {
        await using (dataSet)
        {
            // PS3.7 9.3.2.3: a C-CANCEL-RQ carries Message ID Being Responded To and no Message ID. The SCP
            // responds to each C-STORE before it reads the next message, so there is never anything to cancel.
            if (command.CommandField == CommandField.CCancelRequest)
            {
                NetworkLog.CancelIgnored(logger, association.AssociationId, command.MessageIdBeingRespondedTo ?? 0);
                return;
            }

            if (command.IsResponse || command.MessageId is null)
            {
                throw new DicomProtocolException(
                    Pdus.AbortReason.UnexpectedPduParameter,
                    "Received a DIMSE response or a request without Message ID (0000,0110); this SCP sends no requests.");
            }

            var status = await DispatchAsync(context, command, dataSet, cancellationToken).ConfigureAwait(false);
            if (status is { } answer)
            {
                await connection.SendMessageAsync(context.Id, DimseResponses.For(command, answer), null, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    private async ValueTask<DicomStatus?> DispatchAsync(
        AcceptedPresentationContext context, DimseCommand command, IDataSetSink? dataSet, CancellationToken cancellationToken)
    {
        var messageId = command.MessageId!.Value;
        switch (command.CommandField)
        {
            case CommandField.CEchoRequest when dataSet is null:
                NetworkLog.EchoAnswered(logger, association.AssociationId, messageId);
                return DicomStatus.Success;
            case CommandField.CStoreRequest when dataSet is not null:
                return await StoreAsync(context, command, dataSet, cancellationToken).ConfigureAwait(false);
            default:
                var refused = DicomStatus.UnrecognizedOperation;
                NetworkLog.RequestRefused(
                    logger, association.AssociationId, messageId, "unsupported command " + FormatField(command),
                    refused);
                return refused;
        }
    }

    private async ValueTask<DicomStatus> StoreAsync(
        AcceptedPresentationContext context, DimseCommand command, IDataSetSink dataSet, CancellationToken cancellationToken)
    {
        var messageId = command.MessageId!.Value;
        var status = dataSet switch
        {
            DiscardingSink discarded => Refuse(messageId, discarded.Reason, discarded.Status),
            SpoolFile { LimitExceeded: true } => TooLarge(messageId),
            SpoolFile { DiskSpaceLow: { } free } => DiskFull(messageId, free),
            SpoolFile { SpoolFailed: true } => DicomStatus.OutOfResources,
            SpoolFile spool => await CallHandlerAsync(context, command, spool, cancellationToken).ConfigureAwait(false),
            _ => DicomStatus.ProcessingFailure,
        };
        NetworkLog.StoreAnswered(
            logger, association.AssociationId, messageId, command.AffectedSopClassUid ?? string.Empty, dataSet.Length,
            context.TransferSyntax.Uid, status);
        return status;
    }

    private async Task<DicomStatus> CallHandlerAsync(
        AcceptedPresentationContext context, DimseCommand command, SpoolFile spool, CancellationToken cancellationToken)
    {
        try
        {
            await spool.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            NetworkLog.SpoolCreateFailed(logger, ex, association.AssociationId, command.MessageId!.Value);
            return DicomStatus.OutOfResources;
        }

        var request = new DicomStoreRequest(
            association, command.MessageId!.Value, command.AffectedSopClassUid!, command.AffectedSopInstanceUid!,
            context.TransferSyntax, spool.Path, spool.Length)
        {
            DataSetBytes = spool.Memory,
        };
        try
        {
            return await storeHandler.StoreAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            NetworkLog.StoreHandlerFailed(logger, ex, association.AssociationId, request.MessageId);
            return DicomStatus.ProcessingFailure;
        }
    }

    private static DiscardingSink? CheckStoreRequest(AcceptedPresentationContext context, DimseCommand command)
    {
        if (string.IsNullOrEmpty(command.AffectedSopClassUid) || string.IsNullOrEmpty(command.AffectedSopInstanceUid)
            || command.MessageId is null)
        {
            return new DiscardingSink(
                DicomStatus.CannotUnderstand, "C-STORE-RQ lacks Message ID, Affected SOP Class UID or Affected SOP Instance UID");
        }

        if (!string.Equals(command.AffectedSopClassUid, context.AbstractSyntax, StringComparison.Ordinal))
        {
            return new DiscardingSink(
                DicomStatus.SopClassNotSupported,
                "Affected SOP Class UID " + command.AffectedSopClassUid + " differs from the presentation context's "
                + context.AbstractSyntax);
        }

        return null;
    }

    private DicomStatus Refuse(ushort messageId, string reason, DicomStatus status)
    {
        NetworkLog.RequestRefused(logger, association.AssociationId, messageId, reason, status);
        return status;
    }

    private DicomStatus TooLarge(ushort messageId)
    {
        NetworkLog.DataSetTooLarge(logger, association.AssociationId, messageId, options.MaxDataSetBytes);
        return DicomStatus.OutOfResources;
    }

    private DicomStatus DiskFull(ushort messageId, long freeBytes)
    {
        NetworkLog.DiskSpaceLow(logger, association.AssociationId, messageId, freeBytes, options.MinFreeDiskBytes);
        return DicomStatus.OutOfResources;
    }

    private static string FormatField(DimseCommand command) =>
        "0x" + ((ushort)command.CommandField).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
