using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace TeachingFile.Dicom.IO;

/// <summary>
/// A buffered, seekable reader over a file stream for the parser: absolute positions, endian-aware
/// integers, and a <see cref="DicomFormatException"/> naming the offset when bytes run out.
/// </summary>
internal sealed class DicomInput : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly ReadOnlyMemory<byte>? _memory;
    private readonly byte[] _buffer = new byte[BufferSize];
    private long _bufferStart;
    private int _bufferCount;

    public DicomInput(Stream stream)
    {
        _stream = stream;
        Length = stream.Length;
    }

    /// <summary>Reads <paramref name="data"/>; large values can then be taken as slices of it (<see cref="TrySlice"/>).</summary>
    public DicomInput(ReadOnlyMemory<byte> data)
        : this(MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false))
    {
        _memory = data;
    }

    /// <summary>Absolute position of the next byte.</summary>
    public long Position { get; private set; }

    /// <summary>Total length of the stream.</summary>
    public long Length { get; }

    /// <summary>Bytes left after <see cref="Position"/>.</summary>
    public long Remaining => Length - Position;

    public void Seek(long position) => Position = position;

    public void Skip(long count)
    {
        Require(count, "value");
        Position += count;
    }

    /// <summary>Throws unless <paramref name="count"/> more bytes exist.</summary>
    public void Require(long count, string description)
    {
        if (count > Remaining)
        {
            throw new DicomFormatException(
                $"Truncated {description} at offset {Position}: {count} bytes needed, {Remaining} remain.", Position);
        }
    }

    /// <summary>Copies up to <paramref name="destination"/>.Length bytes without moving; returns the count.</summary>
    public int Peek(Span<byte> destination)
    {
        var count = (int)Math.Min(destination.Length, Remaining);
        Fill(count);
        _buffer.AsSpan((int)(Position - _bufferStart), count).CopyTo(destination);
        return count;
    }

    public void ReadExactly(Span<byte> destination, string description)
    {
        Require(destination.Length, description);
        var done = 0;
        while (done < destination.Length)
        {
            var chunk = Math.Min(destination.Length - done, BufferSize);
            Fill(chunk);
            _buffer.AsSpan((int)(Position - _bufferStart), chunk).CopyTo(destination[done..]);
            Position += chunk;
            done += chunk;
        }
    }

    /// <summary>
    /// When the input is memory, returns the next <paramref name="count"/> bytes as a slice of it without copying
    /// and moves past them; otherwise returns false and does not move.
    /// </summary>
    public bool TrySlice(long count, string description, out ReadOnlyMemory<byte> slice)
    {
        if (_memory is not { } memory)
        {
            slice = default;
            return false;
        }

        Require(count, description);
        slice = memory.Slice((int)Position, (int)count);
        Position += count;
        return true;
    }

    public byte[] ReadBytes(int count, string description)
    {
        var bytes = new byte[count];
        ReadExactly(bytes, description);
        return bytes;
    }

    public ushort ReadUInt16(bool bigEndian, string description)
    {
        Span<byte> bytes = stackalloc byte[2];
        ReadExactly(bytes, description);
        return bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
    }

    public uint ReadUInt32(bool bigEndian, string description)
    {
        Span<byte> bytes = stackalloc byte[4];
        ReadExactly(bytes, description);
        return bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>Makes bytes [Position, Position + count) available in the buffer (count &lt;= buffer size).</summary>
    private void Fill(int count)
    {
        if (Position >= _bufferStart && Position + count <= _bufferStart + _bufferCount)
        {
            return;
        }

        _stream.Position = Position;
        _bufferStart = Position;
        _bufferCount = _stream.ReadAtLeast(_buffer, (int)Math.Min(BufferSize, Remaining), throwOnEndOfStream: false);
        if (_bufferCount < count)
        {
            throw new DicomFormatException($"The stream ended early at offset {Position + _bufferCount}.", Position);
        }
    }
}
