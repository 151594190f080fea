using System.Buffers.Binary;
using System.Text;

namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>Builds a PDU in memory with big-endian fields and back-patched lengths.</summary>
internal sealed class PduBufferWriter
{
    private byte[] _buffer = new byte[512];

    public int Length { get; private set; }

    public void WriteByte(byte value) => Allocate(1)[0] = value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Allocate(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32BigEndian(Allocate(4), value);

    public void WriteZeros(int count) => Allocate(count).Clear();

    public void WriteAscii(string value) => Encoding.ASCII.GetBytes(value, Allocate(Encoding.ASCII.GetByteCount(value)));

    /// <summary>Writes an AE title field: 16 bytes, padded with spaces.</summary>
    public void WriteAeTitle(string aeTitle)
    {
        var field = Allocate(16);
        field.Fill((byte)' ');
        Encoding.ASCII.GetBytes(aeTitle.AsSpan(0, Math.Min(16, aeTitle.Length)), field);
    }

    /// <summary>Writes an item header (type, reserved byte, 16-bit length) and the ASCII value.</summary>
    public void WriteAsciiItem(byte itemType, string value)
    {
        WriteByte(itemType);
        WriteByte(0);
        WriteUInt16(checked((ushort)Encoding.ASCII.GetByteCount(value)));
        WriteAscii(value);
    }

    /// <summary>Reserves a 16-bit length field to fill in with <see cref="PatchUInt16Length"/>.</summary>
    public int ReserveUInt16()
    {
        WriteUInt16(0);
        return Length - 2;
    }

    public int ReserveUInt32()
    {
        WriteUInt32(0);
        return Length - 4;
    }

    /// <summary>Sets the reserved field to the number of bytes written after it.</summary>
    public void PatchUInt16Length(int position) =>
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(position), checked((ushort)(Length - position - 2)));

    public void PatchUInt32Length(int position) =>
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(position), checked((uint)(Length - position - 4)));

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    private Span<byte> Allocate(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }

        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
