using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Data;
using TeachingFile.Core.Storage;
using TeachingFile.Core.Tagging;

namespace TeachingFile.Core.Ingest;

/// <summary>
/// Markers for instances whose ingest is not finished. Each association that stores instances gets one marker
/// file under tmp/ingest/, and ingest appends a line naming the instance file to it before it renames the file
/// into dicom/. The marker is deleted after the association closes and its cases are tagged. A process killed
/// in between leaves the marker, and start-up deletes each named file that no row points at, or else re-tags
/// the file's case. A line of a store that failed names a file that was removed or that has a row, so it
/// leaves nothing to do.
/// </summary>
/// <remarks>
/// One file per association, not per instance, because creating and deleting files took up to a quarter of the
/// node's CPU on ext4 without a journal, whose inode allocator skips recently freed inodes. Markers are not fsynced,
/// because they guard against a killed process, where the page cache survives. NOTE: after a power loss a
/// line can be missing while the rename survived, which leaves a complete file without a row, or a case
/// without fresh tags, until the sender resends.
/// </remarks>
public sealed partial class IngestMarkers(InstanceStore store, IOptions<StorageOptions> options, ILogger<IngestMarkers> logger)
{
    private readonly string _markerDirectory = Path.Combine(options.Value.TempDirectory, "ingest");

    /// <summary>Returns the path of a new marker; the file is created by the first <see cref="Mark"/>.</summary>
    public string CreateMarkerPath() => Path.Combine(_markerDirectory, $"{Guid.NewGuid():N}.marker");

    /// <summary>Appends <paramref name="relativePath"/> (relative to dicom/) to the marker at <paramref name="markerPath"/>.</summary>
    public void Mark(string markerPath, string relativePath)
    {
        // A line into the page cache, written synchronously: an asynchronous file write would only move the
        // same blocking call to another thread.
        Directory.CreateDirectory(_markerDirectory);
        File.AppendAllText(markerPath, relativePath + "\n");
    }

    /// <summary>Deletes a marker once the association's instances are filed and tagged; a missing marker is fine.</summary>
    public void Unmark(string markerPath) => store.DeleteQuietly(markerPath);

    /// <summary>
    /// Finishes what killed ingests left: deletes each marked file that has no Instances row,
    /// re-tags the cases of marked files that have one, then deletes the markers. Call it on
    /// start, before the SCP runs and before tmp/ is swept. Returns the number of files deleted.
    /// </summary>
    public async Task<int> RecoverAsync(TeachingFileDbContext db, CaseTagger tagger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tagger);
        var markers = Directory.Exists(_markerDirectory) ? Directory.GetFiles(_markerDirectory, "*.marker") : [];
        if (markers.Length == 0)
        {
            return 0;
        }

        var marked = 0;
        var removed = 0;
        var caseIds = new HashSet<int>();
        foreach (var markerPath in markers)
        {
            foreach (var line in await File.ReadAllLinesAsync(markerPath, cancellationToken).ConfigureAwait(false))
            {
                var relativePath = line.Trim();
                if (!StoredPathRegex().IsMatch(relativePath))
                {
                    // A line cut short by the kill names no file completely, so nothing was renamed yet.
                    LogMarkerIgnored(markerPath);
                    continue;
                }

                marked++;
                var caseId = await db.Instances.Where(i => i.RelativePath == relativePath)
                    .Select(i => (int?)i.Series!.Study!.CaseId)
                    .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (caseId is { } id)
                {
                    caseIds.Add(id);
                }
                else if (File.Exists(store.GetFullPath(relativePath)))
                {
                    store.Delete(relativePath);
                    LogFileWithoutRowRemoved(relativePath);
                    removed++;
                }
            }
        }

        await tagger.TagAsync(caseIds, cancellationToken).ConfigureAwait(false);
        foreach (var markerPath in markers)
        {
            Unmark(markerPath);
        }

        LogRecovered(marked, removed, caseIds.Count);
        return removed;
    }

    // The only shape InstanceStore.GetRelativePath produces: three UIDs, so a marker cannot name a file outside dicom/.
    [GeneratedRegex(@"^[0-9][0-9.]{0,63}/[0-9][0-9.]{0,63}/[0-9][0-9.]{0,63}\.dcm$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredPathRegex();

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Deleted stored file {RelativePath}: its ingest was interrupted before the Instances row was committed")]
    private partial void LogFileWithoutRowRemoved(string relativePath);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Ignored an incomplete line in ingest marker {Path}")]
    private partial void LogMarkerIgnored(string path);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Checked {Instances} instances of associations open at the last stop: deleted {Removed} files without a row, re-tagged {Cases} cases")]
    private partial void LogRecovered(int instances, int removed, int cases);
}
