namespace TeachingFile.Dicom.IO;

/// <summary>
/// Swaps each word of <c>unit</c> bytes of an inner stream it owns (big endian to little endian or back).
/// A trailing partial word is passed through unchanged.
/// </summary>
internal sealed class ByteSwapStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly int _unit;
    private readonly byte[] _carry;
    private int _carryStart;
    private int _carryEnd;

    public ByteSwapStream(Stream inner, int unit)
    {
        _inner = inner;
        _unit = unit;
        _carry = new byte[unit];
    }

    public override long Length => _inner.Length;

    public override int Read(Span<byte> buffer)
    {
        if (_carryStart < _carryEnd || buffer.Length < _unit)
        {
            var filled = _carryStart < _carryEnd ? 0 : _inner.ReadAtLeast(_carry, _unit, throwOnEndOfStream: false);
            return ReadCarry(buffer, filled);
        }

        var wanted = buffer.Length - (buffer.Length % _unit);
        var read = _inner.ReadAtLeast(buffer[..wanted], wanted, throwOnEndOfStream: false);
        ByteSwap.InPlace(buffer[..read], _unit);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_carryStart < _carryEnd || buffer.Length < _unit)
        {
            var filled = _carryStart < _carryEnd
                ? 0
                : await _inner.ReadAtLeastAsync(_carry, _unit, false, cancellationToken).ConfigureAwait(false);
            return ReadCarry(buffer.Span, filled);
        }

        var wanted = buffer.Length - (buffer.Length % _unit);
        var read = await _inner.ReadAtLeastAsync(buffer[..wanted], wanted, false, cancellationToken)
            .ConfigureAwait(false);
        ByteSwap.InPlace(buffer.Span[..read], _unit);
        return read;
    }

    private int ReadCarry(Span<byte> buffer, int filled)
    {
        if (_carryStart >= _carryEnd)
        {
            ByteSwap.InPlace(_carry.AsSpan(0, filled), _unit);
            _carryStart = 0;
            _carryEnd = filled;
        }

        var count = Math.Min(buffer.Length, _carryEnd - _carryStart);
        _carry.AsSpan(_carryStart, count).CopyTo(buffer);
        _carryStart += count;
        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
