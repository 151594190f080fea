using System.Runtime.InteropServices;

namespace TeachingFile.Dicom;

/// <summary>A value held in memory.</summary>
public sealed class MemoryByteSource : IByteSource
{
    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>Wraps <paramref name="bytes"/> without copying; do not change the array afterwards.</summary>
    public MemoryByteSource(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _bytes = bytes;
    }

    /// <summary>
    /// Wraps <paramref name="bytes"/> without copying, such as a slice of a received data set; the memory must stay
    /// unchanged while the value is used.
    /// </summary>
    public MemoryByteSource(ReadOnlyMemory<byte> bytes) => _bytes = bytes;

    /// <summary>A zero-length value.</summary>
    public static MemoryByteSource Empty { get; } = new([]);

    /// <inheritdoc/>
    public long Length => _bytes.Length;

    /// <summary>The bytes, without copying.</summary>
    public ReadOnlyMemory<byte> Memory => _bytes;

    /// <inheritdoc/>
    public byte[] ToArray() => _bytes.ToArray();

    /// <inheritdoc/>
    public async ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(_bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Stream OpenRead() =>
        MemoryMarshal.TryGetArray(_bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(_bytes.ToArray(), writable: false);
}
