using System.Globalization;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Decodes A-ASSOCIATE-RQ and A-ASSOCIATE-AC PDUs and their items (PS3.8 Sections 9.3.2 and 9.3.3).</summary>
internal static class AssociatePduDecoder
{
    private const int FixedFieldsLength = 68;

    public static AAssociateRq DecodeRequest(ReadOnlySpan<byte> body)
    {
        var items = new AssociateItems("A-ASSOCIATE-RQ");
        var reader = ReadFixedFields(body, "A-ASSOCIATE-RQ", out var version, out var called, out var calling);
        while (reader.Remaining > 0)
        {
            ReadItem(ref reader, items, isRequest: true);
        }

        if (items.RequestContexts.Count == 0)
        {
            throw PduDecoder.Invalid("A-ASSOCIATE-RQ contains no presentation context item; expected at least one.");
        }

        return new AAssociateRq(
            version, called, calling, items.RequireApplicationContext(), items.RequestContexts,
            items.RequireUserInformation());
    }

    public static AAssociateAc DecodeAccept(ReadOnlySpan<byte> body)
    {
        var items = new AssociateItems("A-ASSOCIATE-AC");
        var reader = ReadFixedFields(body, "A-ASSOCIATE-AC", out var version, out var called, out var calling);
        while (reader.Remaining > 0)
        {
            ReadItem(ref reader, items, isRequest: false);
        }

        return new AAssociateAc(
            version, called, calling, items.RequireApplicationContext(), items.AcceptContexts,
            items.RequireUserInformation());
    }

    private static PduSpanReader ReadFixedFields(
        ReadOnlySpan<byte> body, string name, out ushort version, out string called, out string calling)
    {
        if (body.Length < FixedFieldsLength)
        {
            throw PduDecoder.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} PDU length is {body.Length}; expected at least {FixedFieldsLength}."));
        }

        var reader = new PduSpanReader(body, name);
        version = reader.ReadUInt16("protocol version");
        reader.Skip(2, "reserved field");
        called = reader.ReadAscii(16, "called AE title").Trim();
        calling = reader.ReadAscii(16, "calling AE title").Trim();
        reader.Skip(32, "reserved field");
        return reader;
    }

    private static void ReadItem(ref PduSpanReader reader, AssociateItems items, bool isRequest)
    {
        var itemType = reader.ReadByte("item type");
        reader.Skip(1, "reserved byte");
        var length = reader.ReadUInt16("item length");
        var value = reader.ReadBytes(length, ItemName(itemType));
        switch (itemType)
        {
            case 0x10:
                var nameReader = new PduSpanReader(value, items.PduName);
                items.SetApplicationContext(nameReader.ReadAscii(length, "application context name"));
                break;
            case 0x20 when isRequest:
                items.AddRequestContext(PresentationContextDecoder.DecodeRequest(value));
                break;
            case 0x21 when !isRequest:
                items.AddAcceptContext(PresentationContextDecoder.DecodeAccept(value));
                break;
            case 0x50:
                items.SetUserInformation(UserInformationDecoder.Decode(value));
                break;
            default:
                throw new DicomProtocolException(
                    AbortReason.UnrecognizedPduParameter,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{items.PduName} contains item type 0x{itemType:X2}; expected 0x10, {(isRequest ? "0x20" : "0x21")} or 0x50."));
        }
    }

    private static string ItemName(byte itemType) =>
        string.Create(CultureInfo.InvariantCulture, $"item 0x{itemType:X2}");
}
