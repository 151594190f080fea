namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Encodes a PDU, header included, as it goes on the wire (PS3.8 Section 9.3).</summary>
internal static class PduEncoder
{
    public static ReadOnlyMemory<byte> Encode(Pdu pdu)
    {
        var writer = new PduBufferWriter();
        writer.WriteByte((byte)pdu.Type);
        writer.WriteByte(0);
        var length = writer.ReserveUInt32();
        switch (pdu)
        {
            case AAssociateRq rq:
                AssociatePduEncoder.WriteRequest(writer, rq);
                break;
            case AAssociateAc ac:
                AssociatePduEncoder.WriteAccept(writer, ac);
                break;
            case AAssociateRj rj:
                writer.WriteByte(0);
                writer.WriteByte(rj.Result);
                writer.WriteByte(rj.Source);
                writer.WriteByte(rj.Reason);
                break;
            case PDataTf data:
                WriteValues(writer, data.Values);
                break;
            case AAbort abort:
                writer.WriteZeros(2);
                writer.WriteByte(abort.Source);
                writer.WriteByte((byte)abort.Reason);
                break;
            case AReleaseRq or AReleaseRp:
                writer.WriteZeros(4);
                break;
            default:
                throw new ArgumentException("Unsupported PDU record " + pdu.GetType().Name + ".", nameof(pdu));
        }

        writer.PatchUInt32Length(length);
        return writer.WrittenMemory;
    }

    private static void WriteValues(PduBufferWriter writer, IReadOnlyList<PresentationDataValue> values)
    {
        foreach (var value in values)
        {
            writer.WriteUInt32(checked((uint)value.Data.Length + 2));
            writer.WriteByte(value.PresentationContextId);
            writer.WriteByte(value.MessageControlHeader);
            foreach (var b in value.Data.Span)
            {
                writer.WriteByte(b);
            }
        }
    }
}
