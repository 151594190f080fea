using TeachingFile.Dicom.IO;

namespace TeachingFile.Dicom;

/// <summary>
/// A value left in a file (path, offset, length), read only when asked for. Values of a big-endian file
/// carry their swap unit and are converted to little endian as they are read.
/// </summary>
public sealed class FileByteSource : IByteSource
{
    private const int BufferSize = 1024 * 1024;

    /// <summary>Points at <paramref name="length"/> bytes at <paramref name="offset"/> of the file.</summary>
    /// <param name="path">The file holding the value.</param>
    /// <param name="offset">Byte offset of the value in the file.</param>
    /// <param name="length">Value length in bytes.</param>
    /// <param name="swapUnit">0 for little-endian bytes, else the big-endian word size to swap (2, 4 or 8).</param>
    public FileByteSource(string path, long offset, long length, int swapUnit = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (swapUnit is not (0 or 1 or 2 or 4 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(swapUnit), swapUnit, "Expected 0, 2, 4 or 8.");
        }

        Path = path;
        Offset = offset;
        Length = length;
        SwapUnit = swapUnit <= 1 ? 0 : swapUnit;
    }

    /// <summary>The file holding the value.</summary>
    public string Path { get; }

    /// <summary>Byte offset of the value in the file.</summary>
    public long Offset { get; }

    /// <inheritdoc/>
    public long Length { get; }

    /// <summary>The big-endian word size swapped on reading; 0 when none.</summary>
    public int SwapUnit { get; }

    /// <inheritdoc/>
    public byte[] ToArray()
    {
        var bytes = new byte[checked((int)Length)];
        using var stream = OpenRead();
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <inheritdoc/>
    public async ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var stream = OpenRead();
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(destination, BufferSize, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Stream OpenRead()
    {
        var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        try
        {
            if (file.Length < Offset + Length)
            {
                throw new IOException(
                    $"'{Path}' holds {file.Length} bytes; the value at offset {Offset} needs {Offset + Length}.");
            }

            file.Position = Offset;
            var segment = new SegmentStream(file, Length);
            return SwapUnit == 0 ? segment : new ByteSwapStream(segment, SwapUnit);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
