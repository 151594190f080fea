using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Fuzz;

/// <summary>
/// Reads the input as the byte stream a peer sends (PDUs back to back) with the Storage SCP's PDU reader.
/// Each decoded PDU is encoded again and the encoding must decode without error, and each
/// A-ASSOCIATE-RQ is negotiated as the Storage SCP would. Rejections: <see cref="DicomProtocolException"/>
/// and <see cref="EndOfStreamException"/> (the stream ends inside a PDU).
/// </summary>
internal static class PduTarget
{
    private static readonly DicomServerOptions ServerOptions = new();

    private static readonly AssociationNegotiator Negotiator =
        new(ServerOptions, new AcceptAllPolicy(), StorageSopClassSet.Value);

    public static async Task RunAsync(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var reader = new PduReader(stream, ServerOptions.MaxPduLength);
        try
        {
            while (await reader.ReadAsync(CancellationToken.None) is { } pdu)
            {
                await CheckAsync(pdu);
            }
        }
        catch (DicomProtocolException)
        {
        }
        catch (EndOfStreamException)
        {
        }
    }

    /// <summary>Encodes the PDU, decodes the encoding, and negotiates an association request.</summary>
    /// <exception cref="InvalidOperationException">The encoding of a decoded PDU does not decode.</exception>
    private static async Task CheckAsync(Pdu pdu)
    {
        var encoded = PduEncoder.Encode(pdu);
        using var stream = new MemoryStream(encoded.ToArray(), writable: false);
        try
        {
            _ = await new PduReader(stream, uint.MaxValue).ReadAsync(CancellationToken.None);
        }
        catch (DicomProtocolException ex)
        {
            throw new InvalidOperationException($"The re-encoded {pdu.Type} PDU does not decode: {ex.Message}", ex);
        }

        if (pdu is AAssociateRq request)
        {
            var (accept, _) = Negotiator.Accept(request);
            _ = PduEncoder.Encode(accept);
        }
    }

    private sealed class AcceptAllPolicy : IDicomAssociationPolicy
    {
        public ValueTask<AssociationRejection?> CheckAsync(
            string callingAeTitle, string calledAeTitle, CancellationToken cancellationToken) =>
            ValueTask.FromResult<AssociationRejection?>(null);
    }
}
