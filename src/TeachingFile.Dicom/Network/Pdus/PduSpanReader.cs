using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Reads big-endian PDU fields, throwing a protocol error when a field runs past the end.</summary>
internal ref struct PduSpanReader(ReadOnlySpan<byte> span, string context)
{
    private readonly ReadOnlySpan<byte> _span = span;

    public int Position { get; private set; }

    public readonly int Remaining => _span.Length - Position;

    public byte ReadByte(string field)
    {
        Require(1, field);
        return _span[Position++];
    }

    public ushort ReadUInt16(string field)
    {
        Require(2, field);
        var value = BinaryPrimitives.ReadUInt16BigEndian(_span[Position..]);
        Position += 2;
        return value;
    }

    public uint ReadUInt32(string field)
    {
        Require(4, field);
        var value = BinaryPrimitives.ReadUInt32BigEndian(_span[Position..]);
        Position += 4;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(int count, string field)
    {
        Require(count, field);
        var bytes = _span.Slice(Position, count);
        Position += count;
        return bytes;
    }

    /// <summary>Reads an ASCII UID or name, removing the trailing NUL or space padding.</summary>
    public string ReadAscii(int count, string field)
    {
        var bytes = ReadBytes(count, field);
        foreach (var b in bytes)
        {
            if (b is > 0x7E or (< 0x20 and not 0))
            {
                throw new DicomProtocolException(
                    AbortReason.InvalidPduParameterValue,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{context}: {field} contains the byte 0x{b:X2}; expected printable ASCII."));
            }
        }

        return Encoding.ASCII.GetString(bytes).TrimEnd('\0', ' ');
    }

    public void Skip(int count, string field) => ReadBytes(count, field);

    private readonly void Require(int count, string field)
    {
        if (count < 0 || count > Remaining)
        {
            throw new DicomProtocolException(
                AbortReason.InvalidPduParameterValue,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{context}: {field} needs {count} bytes at offset {Position} but only {Remaining} remain."));
        }
    }
}
