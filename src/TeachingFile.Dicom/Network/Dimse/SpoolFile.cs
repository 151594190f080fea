using Microsoft.Extensions.Logging;

namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>
/// A C-STORE data set written to a temporary file as its PDVs arrive, so memory use does not
/// grow with the data set. Past the size limit, or when the volume's free space falls under its
/// minimum, the file is deleted and later fragments are only counted. Disposing deletes the file.
/// </summary>
internal sealed class SpoolFile : IDataSetSink
{
    private const long SpaceCheckInterval = 16L * 1024 * 1024;

    private readonly long _maxBytes;
    private readonly long _minFreeBytes;
    private long _nextSpaceCheck;
    private readonly ILogger _logger;
    private readonly string _associationId;
    private FileStream? _stream;

    private SpoolFile(string path, FileStream stream, long maxBytes, long minFreeBytes, ILogger logger, string associationId)
    {
        Path = path;
        _stream = stream;
        _maxBytes = maxBytes;
        _minFreeBytes = minFreeBytes;
        _nextSpaceCheck = SpaceCheckInterval;
        _logger = logger;
        _associationId = associationId;
    }

    public string Path { get; }

    public long Length { get; private set; }

    /// <summary>True when the data set grew past the limit and was discarded.</summary>
    public bool LimitExceeded { get; private set; }

    /// <summary>The free bytes seen when the volume fell under its minimum and the data set was discarded; else null.</summary>
    public long? DiskSpaceLow { get; private set; }

    /// <summary>Free bytes on the volume that contains <paramref name="directory"/>.</summary>
    public static long FreeBytes(string directory) => new DriveInfo(directory).AvailableFreeSpace;

    /// <summary>Creates an empty spool file named after the association and message, never after UIDs.</summary>
    public static SpoolFile Create(
        string directory, string associationId, ushort messageId, long maxBytes, long minFreeBytes, ILogger logger)
    {
        var name = FormattableString.Invariant($"{associationId}-{messageId}-{Guid.NewGuid():N}.spool");
        var path = System.IO.Path.Combine(directory, name);
        var stream = new FileStream(
            path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
        return new SpoolFile(path, stream, maxBytes, minFreeBytes, logger, associationId);
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken)
    {
        Length += fragment.Length;
        if (LimitExceeded || DiskSpaceLow is not null)
        {
            return;
        }

        if (_minFreeBytes > 0 && Length >= _nextSpaceCheck)
        {
            _nextSpaceCheck = Length + SpaceCheckInterval;
            var free = FreeBytes(System.IO.Path.GetDirectoryName(Path)!);
            if (free < _minFreeBytes)
            {
                DiskSpaceLow = free;
                await CloseAndDeleteAsync().ConfigureAwait(false);
                return;
            }
        }

        if (Length > _maxBytes)
        {
            LimitExceeded = true;
            await CloseAndDeleteAsync().ConfigureAwait(false);
            return;
        }

        await _stream!.WriteAsync(fragment, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flushes and closes the file so that the store handler can read it.</summary>
    public async ValueTask CompleteAsync()
    {
        if (_stream is { } stream)
        {
            _stream = null;
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => CloseAndDeleteAsync();

    private async ValueTask CloseAndDeleteAsync()
    {
        await CompleteAsync().ConfigureAwait(false);
        try
        {
            File.Delete(Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            NetworkLog.SpoolDeleteFailed(_logger, ex, _associationId, Path);
        }
    }
}
