using System.Globalization;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Decodes presentation context items (PS3.8 Sections 9.3.2.2 and 9.3.3.2).</summary>
internal static class PresentationContextDecoder
{
    private const string RequestItem = "presentation context item (0x20)";
    private const string AcceptItem = "presentation context item (0x21)";

    public static PresentationContextRq DecodeRequest(ReadOnlySpan<byte> value)
    {
        var reader = new PduSpanReader(value, RequestItem);
        var id = reader.ReadByte("presentation context ID");
        reader.Skip(3, "reserved bytes");
        string? abstractSyntax = null;
        var transferSyntaxes = new List<string>();
        while (reader.Remaining > 0)
        {
            var (type, uid) = ReadSubItem(ref reader, RequestItem);
            if (type == 0x30 && abstractSyntax is null)
            {
                abstractSyntax = uid;
            }
            else if (type == 0x40)
            {
                transferSyntaxes.Add(uid);
            }
            else
            {
                throw Unexpected(RequestItem, id, type);
            }
        }

        if (abstractSyntax is null || transferSyntaxes.Count == 0)
        {
            throw PduDecoder.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"{RequestItem} {id} needs one abstract syntax and at least one transfer syntax sub-item."));
        }

        return new PresentationContextRq(id, abstractSyntax, transferSyntaxes);
    }

    public static PresentationContextAc DecodeAccept(ReadOnlySpan<byte> value)
    {
        var reader = new PduSpanReader(value, AcceptItem);
        var id = reader.ReadByte("presentation context ID");
        reader.Skip(1, "reserved byte");
        var result = reader.ReadByte("result/reason");
        reader.Skip(1, "reserved byte");
        var transferSyntax = string.Empty;
        while (reader.Remaining > 0)
        {
            var (type, uid) = ReadSubItem(ref reader, AcceptItem);
            if (type != 0x40)
            {
                throw Unexpected(AcceptItem, id, type);
            }

            transferSyntax = uid;
        }

        if (result > 4 || (result == 0 && transferSyntax.Length == 0))
        {
            throw PduDecoder.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"{AcceptItem} {id} has result {result} and transfer syntax '{transferSyntax}'; expected result 0 to 4 and a transfer syntax when 0."));
        }

        return new PresentationContextAc(id, (PresentationContextResult)result, transferSyntax);
    }

    private static (byte Type, string Uid) ReadSubItem(ref PduSpanReader reader, string itemName)
    {
        var type = reader.ReadByte("sub-item type");
        reader.Skip(1, "reserved byte");
        var length = reader.ReadUInt16("sub-item length");
        if (length > 64)
        {
            throw PduDecoder.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"{itemName}: UID sub-item 0x{type:X2} has length {length}; a UID has at most 64 characters."));
        }

        return (type, reader.ReadAscii(length, "UID"));
    }

    private static DicomProtocolException Unexpected(string itemName, byte id, byte type) => new(
        AbortReason.UnexpectedPduParameter,
        string.Create(CultureInfo.InvariantCulture, $"{itemName} {id} contains an unexpected sub-item 0x{type:X2}."));
}
