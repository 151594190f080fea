using TeachingFile.Dicom;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Dimse;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Fuzz;

/// <summary>
/// Reads the input as the P-DATA-TF PDUs of an established association and reassembles their PDVs into
/// DIMSE messages as the Storage SCP does. Every odd presentation context ID is accepted for CT Image
/// Storage, so fuzzed IDs reach the assembler. Each complete command set is decoded, read through its
/// typed fields and encoded again, and each request gets a response that is encoded too. Rejections:
/// <see cref="DicomProtocolException"/> and <see cref="EndOfStreamException"/> (the stream ends inside a PDU).
/// </summary>
internal static class DimseTarget
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    private static readonly Dictionary<byte, AcceptedPresentationContext> Contexts = Enumerable.Range(0, 128)
        .Select(index => (byte)(index * 2 + 1))
        .ToDictionary(id => id, id => new AcceptedPresentationContext(id, CtImageStorage, TransferSyntax.ExplicitVRLittleEndian));

    public static async Task RunAsync(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var reader = new PduReader(stream, new DicomServerOptions().MaxPduLength);
        var assembler = new DimseMessageAssembler(Contexts, new ResponseHandler());
        try
        {
            while (await reader.ReadAsync(CancellationToken.None) is { } pdu)
            {
                if (pdu is PDataTf dataPdu)
                {
                    await assembler.ReceiveAsync(dataPdu, CancellationToken.None);
                }
            }
        }
        catch (DicomProtocolException)
        {
        }
        catch (EndOfStreamException)
        {
        }
        finally
        {
            await assembler.DiscardPendingAsync();
        }
    }

    /// <summary>Reads every typed field of a command, builds its response and encodes both.</summary>
    private sealed class ResponseHandler : IDimseMessageHandler
    {
        public ValueTask<IDataSetSink> BeginDataSetAsync(
            AcceptedPresentationContext context, DimseCommand command, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IDataSetSink>(new DiscardingSink(DicomStatus.Success, "fuzz target"));

        public async ValueTask OnMessageAsync(
            AcceptedPresentationContext context, DimseCommand command, IDataSetSink? dataSet, CancellationToken cancellationToken)
        {
            _ = (command.CommandField, command.MessageId, command.MessageIdBeingRespondedTo, command.Priority);
            _ = (command.AffectedSopClassUid, command.AffectedSopInstanceUid, command.Status, command.ErrorComment);
            _ = (command.MoveOriginatorAeTitle, command.MoveOriginatorMessageId, command.IsResponse);
            _ = command.Encode();
            if (!command.IsResponse)
            {
                _ = DimseResponses.For(command, DicomStatus.Success).Encode();
            }

            if (dataSet is not null)
            {
                await dataSet.DisposeAsync();
            }
        }
    }
}
