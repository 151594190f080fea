using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE command set: group 0000 elements, always encoded Implicit VR Little Endian (PS3.7
/// Section 6.3.1). Values are kept as raw bytes keyed by element number; the typed accessors
/// apply the VR of PS3.7 Annex E.
/// </summary>
internal sealed class DimseCommand
{
    /// <summary>Command Data Set Type (0000,0800) value meaning no data set follows.</summary>
    public const ushort NoDataSet = 0x0101;

    private const ushort GroupLengthElement = 0x0000;
    private readonly SortedDictionary<ushort, byte[]> _elements = [];

    public CommandField CommandField
    {
        get => (CommandField)(GetUInt16(0x0100) ?? 0);
        set => SetUInt16(0x0100, (ushort)value);
    }

    public ushort? MessageId { get => GetUInt16(0x0110); set => SetUInt16(0x0110, value); }

    public ushort? MessageIdBeingRespondedTo { get => GetUInt16(0x0120); set => SetUInt16(0x0120, value); }

    public string? AffectedSopClassUid { get => GetString(0x0002); set => SetUid(0x0002, value); }

    public string? AffectedSopInstanceUid { get => GetString(0x1000); set => SetUid(0x1000, value); }

    public ushort? Priority { get => GetUInt16(0x0700); set => SetUInt16(0x0700, value); }

    public ushort? CommandDataSetType { get => GetUInt16(0x0800); set => SetUInt16(0x0800, value); }

    public ushort? Status { get => GetUInt16(0x0900); set => SetUInt16(0x0900, value); }

    public string? ErrorComment { get => GetString(0x0902); set => SetText(0x0902, value, (byte)' '); }

    public string? MoveOriginatorAeTitle { get => GetString(0x1030); set => SetText(0x1030, value, (byte)' '); }

    public ushort? MoveOriginatorMessageId { get => GetUInt16(0x1031); set => SetUInt16(0x1031, value); }

    /// <summary>True when a data set follows the command (Command Data Set Type other than 0101H).</summary>
    public bool HasDataSet => CommandDataSetType is { } type && type != NoDataSet;

    /// <summary>True for a response (bit 15 of Command Field set).</summary>
    public bool IsResponse => ((ushort)CommandField & 0x8000) != 0;

    public bool Contains(ushort element) => _elements.ContainsKey(element);

    /// <summary>Decodes a complete command set.</summary>
    /// <exception cref="DicomProtocolException">An element is outside group 0000 or runs past the end.</exception>
    public static DimseCommand Decode(ReadOnlySpan<byte> bytes)
    {
        var command = new DimseCommand();
        var position = 0;
        while (position < bytes.Length)
        {
            if (bytes.Length - position < 8)
            {
                throw Invalid($"the command set ends with {bytes.Length - position} bytes, too few for an element header");
            }

            var group = BinaryPrimitives.ReadUInt16LittleEndian(bytes[position..]);
            var element = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(position + 2)..]);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(position + 4)..]);
            position += 8;
            if (group != 0x0000)
            {
                throw Invalid($"the command set contains ({group:X4},{element:X4}); only group 0000 is allowed");
            }

            if (length > bytes.Length - position)
            {
                throw Invalid($"element (0000,{element:X4}) has length {length} but {bytes.Length - position} bytes remain");
            }

            command._elements[element] = bytes.Slice(position, (int)length).ToArray();
            position += (int)length;
        }

        return command;
    }

    /// <summary>Encodes the command set with its group length (0000,0000) first.</summary>
    public byte[] Encode()
    {
        _elements.Remove(GroupLengthElement);
        var bodyLength = _elements.Values.Sum(v => 8 + v.Length);
        var bytes = new byte[12 + bodyLength];
        var span = bytes.AsSpan();
        WriteElement(ref span, GroupLengthElement, BitConverter.GetBytes((uint)bodyLength));
        foreach (var (element, value) in _elements)
        {
            WriteElement(ref span, element, value);
        }

        return bytes;
    }

    public ushort? GetUInt16(ushort element) =>
        _elements.TryGetValue(element, out var value) && value.Length >= 2
            ? BinaryPrimitives.ReadUInt16LittleEndian(value)
            : null;

    public string? GetString(ushort element) =>
        _elements.TryGetValue(element, out var value)
            ? Encoding.ASCII.GetString(value).TrimEnd('\0', ' ').TrimStart(' ')
            : null;

    public void SetUInt16(ushort element, ushort? value)
    {
        if (value is null)
        {
            _elements.Remove(element);
            return;
        }

        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value.Value);
        _elements[element] = bytes;
    }

    private void SetUid(ushort element, string? value) => SetText(element, value, 0);

    private void SetText(ushort element, string? value, byte padding)
    {
        if (value is null)
        {
            _elements.Remove(element);
            return;
        }

        // An empty value (a peer may send a zero-length UID) stays a zero-length element.
        var bytes = new byte[(value.Length + 1) & ~1];
        if (bytes.Length > 0)
        {
            bytes[^1] = padding;
            Encoding.ASCII.GetBytes(value, bytes);
        }
        _elements[element] = bytes;
    }

    private static void WriteElement(ref Span<byte> span, ushort element, byte[] value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, 0x0000);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], element);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)value.Length);
        value.CopyTo(span[8..]);
        span = span[(8 + value.Length)..];
    }

    private static DicomProtocolException Invalid(FormattableString detail) => new(
        AbortReason.NotSpecified,
        "Invalid DIMSE command set: " + detail.ToString(CultureInfo.InvariantCulture) + ".");
}
