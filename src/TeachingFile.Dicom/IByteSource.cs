namespace TeachingFile.Dicom;

/// <summary>
/// The bytes of a value. In the API they are always little endian: a big-endian file source swaps them
/// as they are read.
/// </summary>
public interface IByteSource
{
    /// <summary>The value length in bytes.</summary>
    long Length { get; }

    /// <summary>Loads the whole value into memory; meant for small values only.</summary>
    byte[] ToArray();

    /// <summary>Streams the value to <paramref name="destination"/> without loading it whole.</summary>
    ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken);

    /// <summary>Opens a read-only stream over the value; the caller disposes it.</summary>
    Stream OpenRead();
}
