using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;

namespace TeachingFile.Core.Storage;

/// <summary>
/// De-identified Part 10 files under {Storage:Root}/dicom/&lt;study uid&gt;/&lt;series uid&gt;/&lt;sop uid&gt;.dcm.
/// Only pseudonymous UIDs ever appear in a path.
/// </summary>
public sealed partial class InstanceStore(IOptions<StorageOptions> options, ILogger<InstanceStore> logger)
{
    private readonly StorageOptions _options = options.Value;

    public string DicomRoot => _options.DicomDirectory;

    /// <summary>Returns the path relative to the dicom/ folder, with forward slashes.</summary>
    public static string GetRelativePath(string studyUid, string seriesUid, string sopInstanceUid)
    {
        StoragePaths.EnsureUid(studyUid);
        StoragePaths.EnsureUid(seriesUid);
        StoragePaths.EnsureUid(sopInstanceUid);
        return $"{studyUid}/{seriesUid}/{sopInstanceUid}.dcm";
    }

    public string GetFullPath(string relativePath) =>
        Path.Combine(DicomRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Returns a new, unused path under tmp/ for a file being written.</summary>
    public string CreateTempPath() =>
        Path.Combine(_options.TempDirectory, $"{Guid.NewGuid():N}.tmp");

    // Renames a temp file whose data is already on disk over any earlier version, then fsyncs the
    // folder and the parents of any folder it had to create. Returns whether a file was replaced.
    private bool CommitTempFile(string tempPath, string relativePath)
    {
        var finalPath = GetFullPath(relativePath);
        var created = StoragePaths.CreateParentDirectories(finalPath, DicomRoot);
        var replaced = File.Exists(finalPath);
        File.Move(tempPath, finalPath, overwrite: true);
        NativeFileSystem.FlushDirectory(Path.GetDirectoryName(finalPath)!);
        foreach (var directory in created)
        {
            NativeFileSystem.FlushDirectory(Path.GetDirectoryName(directory)!);
        }

        return replaced;
    }

    /// <summary>
    /// Writes a file durably: the writer fills a temp file under tmp/, which is fsynced, renamed
    /// into place (replacing an earlier version) and its folder fsynced. The temp file is deleted
    /// when anything fails.
    /// </summary>
    public async Task<StoredFile> WriteDurablyAsync(
        string relativePath, Func<Stream, CancellationToken, Task> writeAsync, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writeAsync);
        var tempPath = CreateTempPath();
        try
        {
            long length;
            // Unbuffered: the writer buffers small elements itself and hands large values over whole, and a
            // FileStream buffer of that size would be a large-object-heap allocation per instance.
            using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                await writeAsync(new BlockingWriteStream(file), cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
                length = file.Length;
            }

            var replaced = CommitTempFile(tempPath, relativePath);
            return new StoredFile(relativePath, length, replaced);
        }
        catch
        {
            DeleteQuietly(tempPath);
            throw;
        }
    }

    /// <summary>Deletes a stored file; a missing file is not an error.</summary>
    public void Delete(string relativePath) => DeleteQuietly(GetFullPath(relativePath));

    /// <summary>
    /// Creates the data folders and deletes files left under tmp/ (and its subfolders, such as an SCP
    /// spool) by a crash or kill. Call it before the SCP starts.
    /// </summary>
    public int SweepTempDirectory()
    {
        _options.CreateDirectories();
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(_options.TempDirectory, "*", SearchOption.AllDirectories))
        {
            if (DeleteQuietly(path))
            {
                removed++;
            }
        }

        if (removed > 0)
        {
            LogTempFilesRemoved(removed, _options.TempDirectory);
        }

        return removed;
    }

    internal bool DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogDeleteFailed(exception, path);
            return false;
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Removed {Count} stray temp files from {Directory}")]
    private partial void LogTempFilesRemoved(int count, string directory);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Could not delete temp file {Path}")]
    private partial void LogDeleteFailed(Exception exception, string path);
}
