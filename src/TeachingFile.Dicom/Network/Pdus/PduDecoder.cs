using System.Globalization;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// Decodes the variable field of a PDU whose type and length the <see cref="PduReader"/> has
/// checked.
/// </summary>
internal static class PduDecoder
{
    public static Pdu Decode(PduType type, ReadOnlyMemory<byte> body) => type switch
    {
        PduType.AssociateRequest => AssociatePduDecoder.DecodeRequest(body.Span),
        PduType.AssociateAccept => AssociatePduDecoder.DecodeAccept(body.Span),
        PduType.AssociateReject => DecodeReject(body.Span),
        PduType.DataTransfer => DecodeDataTransfer(body),
        PduType.ReleaseRequest => DecodeFixed(body.Span, "A-RELEASE-RQ", new AReleaseRq()),
        PduType.ReleaseResponse => DecodeFixed(body.Span, "A-RELEASE-RP", new AReleaseRp()),
        PduType.Abort => DecodeAbort(body.Span),
        _ => throw new DicomProtocolException(AbortReason.UnrecognizedPdu, UnknownTypeMessage((byte)type)),
    };

    public static string UnknownTypeMessage(byte type) => string.Create(
        CultureInfo.InvariantCulture,
        $"Unrecognized PDU type 0x{type:X2}; expected 0x01 to 0x07 (PS3.8 Section 9.3).");

    private static AAssociateRj DecodeReject(ReadOnlySpan<byte> body)
    {
        RequireLength(body, 4, "A-ASSOCIATE-RJ");
        var reader = new PduSpanReader(body, "A-ASSOCIATE-RJ");
        reader.Skip(1, "reserved byte");
        var result = reader.ReadByte("result");
        var source = reader.ReadByte("source");
        var reason = reader.ReadByte("reason");
        if (result is not (1 or 2) || source is not (1 or 2 or 3))
        {
            throw Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"A-ASSOCIATE-RJ has result {result} and source {source}; expected result 1 or 2 and source 1 to 3."));
        }

        return new AAssociateRj(result, source, reason);
    }

    private static AAbort DecodeAbort(ReadOnlySpan<byte> body)
    {
        RequireLength(body, 4, "A-ABORT");
        return new AAbort(body[2], (AbortReason)body[3]);
    }

    private static T DecodeFixed<T>(ReadOnlySpan<byte> body, string name, T pdu)
    {
        RequireLength(body, 4, name);
        return pdu;
    }

    private static PDataTf DecodeDataTransfer(ReadOnlyMemory<byte> body)
    {
        var values = new List<PresentationDataValue>();
        var position = 0;
        while (position < body.Length)
        {
            var reader = new PduSpanReader(body.Span[position..], "P-DATA-TF PDV item");
            var itemLength = reader.ReadUInt32("item length");
            if (itemLength < 2 || itemLength > reader.Remaining)
            {
                throw Invalid(string.Create(
                    CultureInfo.InvariantCulture,
                    $"P-DATA-TF PDV item at offset {position} has length {itemLength}; expected 2 to {reader.Remaining}."));
            }

            var contextId = reader.ReadByte("presentation context ID");
            var header = reader.ReadByte("message control header");
            if ((header & 0xFC) != 0)
            {
                throw Invalid(string.Create(
                    CultureInfo.InvariantCulture,
                    $"P-DATA-TF PDV item at offset {position} has message control header 0x{header:X2}; bits 2 to 7 must be 0."));
            }

            var data = body.Slice(position + 6, (int)itemLength - 2);
            values.Add(new PresentationDataValue(contextId, (header & 1) != 0, (header & 2) != 0, data));
            position += 4 + (int)itemLength;
        }

        if (values.Count == 0)
        {
            throw Invalid("P-DATA-TF contains no PDV item; expected at least one.");
        }

        return new PDataTf(values);
    }

    private static void RequireLength(ReadOnlySpan<byte> body, int expected, string name)
    {
        if (body.Length != expected)
        {
            throw Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} PDU length is {body.Length}; expected {expected}."));
        }
    }

    public static DicomProtocolException Invalid(string message) =>
        new(AbortReason.InvalidPduParameterValue, message);
}
