using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeachingFile.Dicom.Network.Dimse;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// A small DICOM SCU: each call opens one association, proposes the presentation context it needs,
/// performs one C-ECHO or C-STORE and releases. Outgoing P-DATA is fragmented to the peer's maximum
/// PDU length. It sends data sets as they are and never transcodes, so a C-STORE proposes only the
/// data set's own transfer syntax.
/// </summary>
public sealed class DicomClient(DicomClientOptions options, ILogger<DicomClient>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private int _nextMessageId;

    /// <summary>Sends a C-ECHO (Verification) and returns the peer's status.</summary>
    /// <exception cref="DicomNetworkException">Rejected, aborted, or Verification not accepted.</exception>
    /// <exception cref="IOException">
    /// The connection broke, or the peer stopped reading and a PDU could not be sent within
    /// <see cref="DicomClientOptions.SendTimeout"/>.
    /// </exception>
    public Task<DicomStatus> EchoAsync(CancellationToken cancellationToken)
    {
        var context = new PresentationContextRq(
            1, DicomUidConstants.Verification,
            [TransferSyntax.ExplicitVRLittleEndian.Uid, TransferSyntax.ImplicitVRLittleEndian.Uid]);
        var request = new DimseCommand
        {
            CommandField = CommandField.CEchoRequest,
            MessageId = NextMessageId(),
            AffectedSopClassUid = DicomUidConstants.Verification,
            CommandDataSetType = DimseCommand.NoDataSet,
        };
        return RunAsync(context, request, null, cancellationToken);
    }

    /// <summary>Sends the data set of a Part 10 file with C-STORE and returns the peer's status.</summary>
    /// <exception cref="InvalidDataException">The file has no valid file meta information.</exception>
    /// <exception cref="DicomNetworkException">Rejected, aborted, or the context not accepted.</exception>
    /// <exception cref="IOException">
    /// The connection broke, or the peer stopped reading and a PDU could not be sent within
    /// <see cref="DicomClientOptions.SendTimeout"/>.
    /// </exception>
    public async Task<DicomStatus> StoreAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            var header = await Part10Header.ReadAsync(file, path, cancellationToken).ConfigureAwait(false);
            file.Position = header.DataSetOffset;
            return await StoreAsync(file, header.SopClassUid, header.SopInstanceUid, header.TransferSyntax, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a data set (no preamble, no file meta group) encoded in <paramref name="transferSyntax"/>
    /// with C-STORE, reading <paramref name="dataSet"/> to its end, and returns the peer's status.
    /// </summary>
    /// <exception cref="DicomNetworkException">Rejected, aborted, or the context not accepted.</exception>
    /// <exception cref="IOException">
    /// The connection broke, or the peer stopped reading and a PDU could not be sent within
    /// <see cref="DicomClientOptions.SendTimeout"/>.
    /// </exception>
    public Task<DicomStatus> StoreAsync(
        Stream dataSet, string sopClassUid, string sopInstanceUid, TransferSyntax transferSyntax,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        var context = new PresentationContextRq(1, sopClassUid, [transferSyntax.Uid]);
        var request = new DimseCommand
        {
            CommandField = CommandField.CStoreRequest,
            MessageId = NextMessageId(),
            Priority = 0,
            AffectedSopClassUid = sopClassUid,
            AffectedSopInstanceUid = sopInstanceUid,
            CommandDataSetType = 0x0000,
        };
        return RunAsync(context, request, dataSet, cancellationToken);
    }

    private async Task<DicomStatus> RunAsync(
        PresentationContextRq proposed, DimseCommand request, Stream? dataSet, CancellationToken cancellationToken)
    {
        var association = await ClientAssociation.ConnectAsync(options, [proposed], _logger, cancellationToken)
            .ConfigureAwait(false);
        await using (association.ConfigureAwait(false))
        {
            try
            {
                var context = association.FindContext(proposed.AbstractSyntax)
                    ?? throw new DicomNetworkException(NotAcceptedMessage(proposed, association));
                var response = await association.SendRequestAsync(context, request, dataSet, cancellationToken)
                    .ConfigureAwait(false);
                await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                return new DicomStatus(response.Status ?? throw new DicomProtocolException(
                    AbortReason.NotSpecified, "The response has no Status (0000,0900)."));
            }
            catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or OperationCanceledException)
            {
                await association.AbortAsync(ex).ConfigureAwait(false);
                throw;
            }
        }
    }

    private ushort NextMessageId() => (ushort)(Interlocked.Increment(ref _nextMessageId) & 0xFFFF);

    private string NotAcceptedMessage(PresentationContextRq proposed, ClientAssociation association)
    {
        var result = association.Answers.TryGetValue(proposed.Id, out var answer)
            ? ((int)answer.Result).ToString(CultureInfo.InvariantCulture)
            : "missing";
        return options.CalledAeTitle + " did not accept SOP class " + proposed.AbstractSyntax + " with transfer syntax "
            + string.Join(", ", proposed.TransferSyntaxes) + ": result " + result
            + " (3 = abstract syntax not supported, 4 = transfer syntaxes not supported).";
    }
}
