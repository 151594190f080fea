using System.Buffers.Binary;
using System.Text;

namespace TeachingFile.Dicom.Tests.Support;

/// <summary>Builds Part 10 files byte by byte (little endian), for malformed cases no writer produces.</summary>
internal static class Part10Bytes
{
    public const string ExplicitLittle = "1.2.840.10008.1.2.1";
    public const string ImplicitLittle = "1.2.840.10008.1.2";

    /// <summary>Returns preamble, "DICM", a meta group naming <paramref name="transferSyntaxUid"/>, then the elements.</summary>
    public static byte[] File(string transferSyntaxUid, params byte[][] elements)
    {
        var uid = Encoding.ASCII.GetBytes(transferSyntaxUid);
        if (uid.Length % 2 == 1)
        {
            uid = [.. uid, 0];
        }

        return [.. new byte[128], .. "DICM"u8, .. Explicit(0x0002, 0x0010, "UI", uid), .. elements.SelectMany(e => e)];
    }

    /// <summary>An explicit VR element with a defined length (the length field sized for the VR).</summary>
    public static byte[] Explicit(ushort group, ushort element, string vr, byte[] value)
    {
        var longForm = vr is "OB" or "OD" or "OF" or "OL" or "OV" or "OW" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV";
        var header = Tag(group, element).Concat(Encoding.ASCII.GetBytes(vr));
        return longForm
            ? [.. header, 0, 0, .. UInt32((uint)value.Length), .. value]
            : [.. header, .. UInt16((ushort)value.Length), .. value];
    }

    /// <summary>An explicit VR header of undefined length (the 32-bit form, whatever the VR).</summary>
    public static byte[] ExplicitUndefined(ushort group, ushort element, string vr) =>
        [.. Tag(group, element), .. Encoding.ASCII.GetBytes(vr), 0, 0, .. UInt32(0xFFFFFFFF)];

    public static byte[] Implicit(ushort group, ushort element, byte[] value) =>
        [.. Tag(group, element), .. UInt32((uint)value.Length), .. value];

    public static byte[] ImplicitUndefined(ushort group, ushort element) => [.. Tag(group, element), .. UInt32(0xFFFFFFFF)];

    public static byte[] Item(uint length = 0xFFFFFFFF) => [.. Tag(0xFFFE, 0xE000), .. UInt32(length)];

    public static byte[] ItemDelimitation() => [.. Tag(0xFFFE, 0xE00D), 0, 0, 0, 0];

    public static byte[] SequenceDelimitation() => [.. Tag(0xFFFE, 0xE0DD), 0, 0, 0, 0];

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Tag(ushort group, ushort element) => [.. UInt16(group), .. UInt16(element)];

    private static byte[] UInt16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] UInt32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
