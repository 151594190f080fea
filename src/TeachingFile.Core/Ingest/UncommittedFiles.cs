using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Data;
using TeachingFile.Core.Storage;

namespace TeachingFile.Core.Ingest;

/// <summary>
/// Markers for stored files whose Instances row is not committed yet. Ingest writes a marker under
/// tmp/uncommitted/ before it renames a new file into dicom/ and deletes the marker once the row is
/// committed. A process killed in between leaves the marker, and start-up deletes the file it names
/// unless a row points at that file, so no file stays in dicom/ without a row.
/// </summary>
/// <remarks>
/// Markers are not fsynced, because they guard against a killed process, where the page cache
/// survives. NOTE: after a power loss a marker can be missing while the rename survived, which
/// leaves a complete file without a row until the sender resends the instance.
/// </remarks>
public sealed partial class UncommittedFiles(InstanceStore store, IOptions<StorageOptions> options, ILogger<UncommittedFiles> logger)
{
    private readonly string _markerDirectory = Path.Combine(options.Value.TempDirectory, "uncommitted");

    /// <summary>Writes a marker naming <paramref name="relativePath"/> (relative to dicom/) and returns the marker's path.</summary>
    public async Task<string> MarkAsync(string relativePath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_markerDirectory);
        var markerPath = Path.Combine(_markerDirectory, $"{Guid.NewGuid():N}.marker");
        await File.WriteAllTextAsync(markerPath, relativePath, cancellationToken).ConfigureAwait(false);
        return markerPath;
    }

    /// <summary>Deletes a marker once its row is committed or its file is gone.</summary>
    public void Unmark(string markerPath) => store.DeleteQuietly(markerPath);

    /// <summary>
    /// Deletes each file a marker names that has no Instances row, then the markers. Call it on
    /// start, before the SCP runs and before tmp/ is swept.
    /// </summary>
    public async Task<int> RemoveFilesWithoutRowsAsync(TeachingFileDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Directory.Exists(_markerDirectory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var markerPath in Directory.EnumerateFiles(_markerDirectory, "*.marker"))
        {
            var relativePath = (await File.ReadAllTextAsync(markerPath, cancellationToken).ConfigureAwait(false)).Trim();
            if (!StoredPathRegex().IsMatch(relativePath))
            {
                // A marker cut short by the kill names no file completely, so nothing was renamed yet.
                LogMarkerIgnored(markerPath);
            }
            else if (!await db.Instances.AnyAsync(i => i.RelativePath == relativePath, cancellationToken).ConfigureAwait(false)
                && File.Exists(store.GetFullPath(relativePath)))
            {
                store.Delete(relativePath);
                LogFileWithoutRowRemoved(relativePath);
                removed++;
            }

            Unmark(markerPath);
        }

        return removed;
    }

    // The only shape InstanceStore.GetRelativePath produces: three UIDs, so a marker cannot name a file outside dicom/.
    [GeneratedRegex(@"^[0-9][0-9.]{0,63}/[0-9][0-9.]{0,63}/[0-9][0-9.]{0,63}\.dcm$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredPathRegex();

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Deleted stored file {RelativePath}: its ingest was interrupted before the Instances row was committed")]
    private partial void LogFileWithoutRowRemoved(string relativePath);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Ignored incomplete uncommitted-file marker {Path}")]
    private partial void LogMarkerIgnored(string path);
}
