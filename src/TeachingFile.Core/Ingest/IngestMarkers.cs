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
/// Markers for instances whose ingest is not finished. Ingest writes a marker under tmp/ingest/,
/// naming the instance file, before it renames the file into dicom/. It deletes the marker when the
/// Instances row fails to commit, or after the association closes and its cases are tagged. A
/// process killed in between leaves the marker, and start-up deletes the file if no row points at
/// it, or else re-tags the file's case.
/// </summary>
/// <remarks>
/// Markers are not fsynced, because they guard against a killed process, where the page cache
/// survives. NOTE: after a power loss a marker can be missing while the rename survived, which
/// leaves a complete file without a row, or a case without fresh tags, until the sender resends.
/// </remarks>
public sealed partial class IngestMarkers(InstanceStore store, IOptions<StorageOptions> options, ILogger<IngestMarkers> logger)
{
    private readonly string _markerDirectory = Path.Combine(options.Value.TempDirectory, "ingest");

    /// <summary>Writes a marker naming <paramref name="relativePath"/> (relative to dicom/) and returns the marker's path.</summary>
    public async Task<string> MarkAsync(string relativePath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_markerDirectory);
        var markerPath = Path.Combine(_markerDirectory, $"{Guid.NewGuid():N}.marker");
        await File.WriteAllTextAsync(markerPath, relativePath, cancellationToken).ConfigureAwait(false);
        return markerPath;
    }

    /// <summary>Deletes a marker once its instance is filed and tagged, or its ingest failed.</summary>
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

        var removed = 0;
        var caseIds = new HashSet<int>();
        foreach (var markerPath in markers)
        {
            var relativePath = (await File.ReadAllTextAsync(markerPath, cancellationToken).ConfigureAwait(false)).Trim();
            if (!StoredPathRegex().IsMatch(relativePath))
            {
                // A marker cut short by the kill names no file completely, so nothing was renamed yet.
                LogMarkerIgnored(markerPath);
                continue;
            }

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

        await tagger.TagAsync(caseIds, cancellationToken).ConfigureAwait(false);
        foreach (var markerPath in markers)
        {
            Unmark(markerPath);
        }

        LogRecovered(markers.Length, removed, caseIds.Count);
        return removed;
    }

    // The only shape InstanceStore.GetRelativePath produces: three UIDs, so a marker cannot name a file outside dicom/.
    [GeneratedRegex(@"^[0-9][0-9.]{0,63}/[0-9][0-9.]{0,63}/[0-9][0-9.]{0,63}\.dcm$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredPathRegex();

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Deleted stored file {RelativePath}: its ingest was interrupted before the Instances row was committed")]
    private partial void LogFileWithoutRowRemoved(string relativePath);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Ignored incomplete ingest marker {Path}")]
    private partial void LogMarkerIgnored(string path);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Recovered {Markers} interrupted ingests: deleted {Removed} files without a row, re-tagged {Cases} cases")]
    private partial void LogRecovered(int markers, int removed, int cases);
}
