using System.Buffers;
using Microsoft.Extensions.Logging;

namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>
/// A C-STORE data set as its PDVs arrive. Up to <see cref="DicomServerOptions.SpoolMemoryBytes"/> it stays in a
/// buffer rented whole from the server's pool, so the pool keeps at most one buffer per association.
/// Past that size it moves to a temporary file, so memory use does not grow with the data set. Past the size
/// limit, or when the volume's free space falls under its minimum, the data is dropped and later fragments are
/// only counted. Disposing deletes the file and wipes the buffer before returning it to the pool.
/// </summary>
internal sealed class SpoolFile : IDataSetSink
{
    private const long SpaceCheckInterval = 16L * 1024 * 1024;

    private readonly string _directory;
    private readonly string _name;
    private readonly long _maxBytes;
    private readonly int _memoryBytes;
    private readonly ArrayPool<byte> _pool;
    private readonly long _minFreeBytes;
    private long _nextSpaceCheck;
    private readonly ILogger _logger;
    private readonly string _associationId;
    private readonly ushort _messageId;
    private byte[]? _buffer;
    private int _bufferLength;
    private FileStream? _stream;

    private SpoolFile(
        string directory, string associationId, ushort messageId, long maxBytes, int memoryBytes, ArrayPool<byte> pool,
        long minFreeBytes, ILogger logger)
    {
        _directory = directory;
        _pool = pool;
        _name = FormattableString.Invariant($"{associationId}-{messageId}-{Guid.NewGuid():N}.spool");
        _maxBytes = maxBytes;
        _memoryBytes = memoryBytes;
        _minFreeBytes = minFreeBytes;
        _nextSpaceCheck = SpaceCheckInterval;
        _logger = logger;
        _associationId = associationId;
        _messageId = messageId;
    }

    /// <summary>The spool file once the data set outgrew memory; null while it is held in memory.</summary>
    public string? Path { get; private set; }

    /// <summary>The data set bytes while they are held in memory; empty once they moved to <see cref="Path"/>.</summary>
    public ReadOnlyMemory<byte> Memory => Path is null && _buffer is not null ? _buffer.AsMemory(0, _bufferLength) : default;

    public long Length { get; private set; }

    /// <summary>True when the data set grew past the limit and was discarded.</summary>
    public bool LimitExceeded { get; private set; }

    /// <summary>The free bytes seen when the volume fell under its minimum and the data set was discarded; else null.</summary>
    public long? DiskSpaceLow { get; private set; }

    /// <summary>True when the data set outgrew memory and its spool file could not be created or written.</summary>
    public bool SpoolFailed { get; private set; }

    /// <summary>Free bytes on the volume that contains <paramref name="directory"/>.</summary>
    public static long FreeBytes(string directory) => new DriveInfo(directory).AvailableFreeSpace;

    /// <summary>
    /// Starts a data set. With <paramref name="memoryBytes"/> 0 the spool file is created at once, and an
    /// <see cref="IOException"/> here means it could not be. Files are named after the association and message,
    /// never after UIDs.
    /// </summary>
    public static SpoolFile Create(
        string directory, string associationId, ushort messageId, long maxBytes, int memoryBytes, ArrayPool<byte> pool,
        long minFreeBytes, ILogger logger)
    {
        var spool = new SpoolFile(directory, associationId, messageId, maxBytes, memoryBytes, pool, minFreeBytes, logger);
        if (memoryBytes == 0)
        {
            spool.OpenFile();
        }

        return spool;
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken)
    {
        Length += fragment.Length;
        if (LimitExceeded || DiskSpaceLow is not null || SpoolFailed)
        {
            return;
        }

        if (_minFreeBytes > 0 && Length >= _nextSpaceCheck)
        {
            _nextSpaceCheck = Length + SpaceCheckInterval;
            var free = FreeBytes(_directory);
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

        if (_stream is null && Length <= _memoryBytes)
        {
            Append(fragment.Span);
            return;
        }

        try
        {
            if (_stream is null)
            {
                OpenFile();
                await _stream!.WriteAsync(_buffer.AsMemory(0, _bufferLength), cancellationToken).ConfigureAwait(false);
                ReleaseBuffer();
            }

            await _stream.WriteAsync(fragment, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            NetworkLog.SpoolCreateFailed(_logger, ex, _associationId, _messageId);
            SpoolFailed = true;
            await DiscardFailedFileAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Flushes and closes the file, if there is one, so that the store handler can read it.</summary>
    public async ValueTask CompleteAsync()
    {
        if (_stream is { } stream)
        {
            _stream = null;
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => CloseAndDeleteAsync();

    private void OpenFile()
    {
        var path = System.IO.Path.Combine(_directory, _name);
        _stream = new FileStream(
            path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
        Path = path;
    }

    private void Append(ReadOnlySpan<byte> fragment)
    {
        _buffer ??= _pool.Rent(_memoryBytes);
        fragment.CopyTo(_buffer.AsSpan(_bufferLength));
        _bufferLength += fragment.Length;
    }

    // The buffer held identifying data: wipe it before another association can rent it.
    private void ReleaseBuffer()
    {
        if (_buffer is { } buffer)
        {
            buffer.AsSpan(0, _bufferLength).Clear();
            _pool.Return(buffer);
            _buffer = null;
            _bufferLength = 0;
        }
    }

    // A full disk makes the flush on close fail again: the data set is lost anyway, so only the delete matters.
    private async ValueTask DiscardFailedFileAsync()
    {
        try
        {
            await CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write that failed first was logged already; CompleteAsync dropped the stream.
        }

        await CloseAndDeleteAsync().ConfigureAwait(false);
    }

    private async ValueTask CloseAndDeleteAsync()
    {
        ReleaseBuffer();
        await CompleteAsync().ConfigureAwait(false);
        if (Path is not { } path)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            NetworkLog.SpoolDeleteFailed(_logger, ex, _associationId, path);
        }
    }
}
