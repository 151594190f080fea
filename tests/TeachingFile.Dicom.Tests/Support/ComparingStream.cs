namespace TeachingFile.Dicom.Tests.Support;

/// <summary>A write-only sink that checks every byte written against an expected file, without storing them.</summary>
internal sealed class ComparingStream(string expectedPath) : Stream
{
    private readonly FileStream _expected = File.OpenRead(expectedPath);
    private byte[] _buffer = [];

    public long Written { get; private set; }

    public long FirstDifference { get; private set; } = -1;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Written;

    public override long Position
    {
        get => Written;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_buffer.Length < buffer.Length)
        {
            _buffer = new byte[buffer.Length];
        }

        var expected = _buffer.AsSpan(0, buffer.Length);
        var read = _expected.ReadAtLeast(expected, expected.Length, throwOnEndOfStream: false);
        if (FirstDifference < 0 && (read < buffer.Length || !expected.SequenceEqual(buffer)))
        {
            FirstDifference = Written;
        }

        Written += buffer.Length;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _expected.Dispose();
        }

        base.Dispose(disposing);
    }
}
