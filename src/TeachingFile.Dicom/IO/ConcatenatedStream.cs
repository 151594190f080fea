namespace TeachingFile.Dicom.IO;

/// <summary>
/// Reads byte sources one after the other, opening each only when the previous one is exhausted,
/// and stops after <c>length</c> bytes.
/// </summary>
internal sealed class ConcatenatedStream(IReadOnlyList<IByteSource> sources, long length) : ReadOnlyStream
{
    private int _next;
    private Stream? _current;
    private long _remaining = length;

    public override long Length { get; } = length;

    public override int Read(Span<byte> buffer)
    {
        while (_remaining > 0 && buffer.Length > 0 && MoveToReadableSource())
        {
            var read = _current!.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
            if (read > 0)
            {
                _remaining -= read;
                return read;
            }

            CloseCurrent();
        }

        return 0;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_remaining > 0 && buffer.Length > 0 && MoveToReadableSource())
        {
            var slice = buffer[..(int)Math.Min(buffer.Length, _remaining)];
            var read = await _current!.ReadAsync(slice, cancellationToken).ConfigureAwait(false);
            if (read > 0)
            {
                _remaining -= read;
                return read;
            }

            CloseCurrent();
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseCurrent();
        }

        base.Dispose(disposing);
    }

    private bool MoveToReadableSource()
    {
        if (_current is not null)
        {
            return true;
        }

        if (_next >= sources.Count)
        {
            return false;
        }

        _current = sources[_next++].OpenRead();
        return true;
    }

    private void CloseCurrent()
    {
        _current?.Dispose();
        _current = null;
    }
}
