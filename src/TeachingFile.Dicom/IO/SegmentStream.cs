namespace TeachingFile.Dicom.IO;

/// <summary>Reads at most a given number of bytes from an inner stream it owns.</summary>
internal sealed class SegmentStream(Stream inner, long length) : ReadOnlyStream
{
    private long _remaining = length;

    public override long Length { get; } = length;

    public override int Read(Span<byte> buffer)
    {
        if (_remaining <= 0)
        {
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
        _remaining -= read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_remaining <= 0)
        {
            return 0;
        }

        var slice = buffer[..(int)Math.Min(buffer.Length, _remaining)];
        var read = await inner.ReadAsync(slice, cancellationToken).ConfigureAwait(false);
        _remaining -= read;
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
