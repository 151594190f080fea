using System.Buffers.Binary;

namespace TeachingFile.Dicom.IO;

/// <summary>Buffers element headers and small values; streams large values straight to the destination.</summary>
internal sealed class DicomOutput(Stream destination)
{
    private const int BufferSize = 64 * 1024;

    private readonly byte[] _buffer = new byte[BufferSize];
    private int _count;

    public async ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        if (BufferSize - _count < count)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(_count), value);
        _count += 2;
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(_count), value);
        _count += 4;
    }

    public void WriteTag(DicomTag tag)
    {
        WriteUInt16(tag.Group);
        WriteUInt16(tag.Element);
    }

    public void WriteByte(byte value) => _buffer[_count++] = value;

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (bytes.Length <= BufferSize - _count)
        {
            bytes.Span.CopyTo(_buffer.AsSpan(_count));
            _count += bytes.Length;
            return;
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask WriteAsync(IByteSource source, CancellationToken cancellationToken)
    {
        if (source is MemoryByteSource memory)
        {
            await WriteAsync(memory.Memory, cancellationToken).ConfigureAwait(false);
            return;
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var counter = new CountingStream(destination);
        await source.CopyToAsync(counter, cancellationToken).ConfigureAwait(false);
        if (counter.Written != source.Length)
        {
            throw new IOException($"A value source gave {counter.Written} bytes instead of its length {source.Length}.");
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_count > 0)
        {
            await destination.WriteAsync(_buffer.AsMemory(0, _count), cancellationToken).ConfigureAwait(false);
            _count = 0;
        }
    }
}
