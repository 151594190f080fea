using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Storage;
using TeachingFile.Core.Tagging;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Ingest;

/// <summary>
/// The C-STORE handler. It reads the spooled data set, checks it against the command, de-identifies
/// it, writes the Part 10 file durably and files it into a draft case through <see
/// cref="CaseFilingQueue"/>, which commits the rows of concurrent associations together. Only after
/// that commit does it return Success. Cases touched by an association are tagged when the
/// association closes.
/// </summary>
public sealed class IngestService(
    IServiceScopeFactory scopeFactory,
    InstanceStore store,
    IngestMarkers markers,
    DeidentifierFactory deidentifiers,
    CaseFilingQueue filingQueue,
    IOptions<StorageOptions> storage,
    ILogger<IngestService> logger) : IDicomStoreHandler
{
    /// <summary>
    /// Largest size a received Deflated data set may inflate to: 256 MiB. It is parsed whole in memory, so this
    /// bounds what one small hostile data set can make each association allocate.
    /// </summary>
    private const long MaxInflatedBytes = 256L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, AssociationIngest> _associations = new(StringComparer.Ordinal);

    public async Task<DicomStatus> StoreAsync(DicomStoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var logUid = "(not yet de-identified)";
        try
        {
            using var deidentifier = await deidentifiers.CreateAsync(cancellationToken).ConfigureAwait(false);
            logUid = deidentifier.ReplaceUid(request.AffectedSopInstanceUid.Trim(' ', '\0'));
            return await StoreCoreAsync(request, deidentifier, logUid, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var status = exception is IOException ? DicomStatus.OutOfResources : DicomStatus.ProcessingFailure;
            IngestLog.StoreFailed(logger, exception, request.Association.AssociationId, logUid, status);
            return status;
        }
    }

    public async Task OnAssociationClosedAsync(DicomAssociationInfo association, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(association);
        if (!_associations.TryRemove(association.AssociationId, out var ingest))
        {
            return;
        }

        if (ingest.CaseIds.IsEmpty)
        {
            // Every store failed: each marked file was removed again or kept its earlier row.
            markers.Unmark(ingest.MarkerPath);
            return;
        }

        var touched = ingest.CaseIds;
        try
        {
            var scope = scopeFactory.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var tagger = scope.ServiceProvider.GetRequiredService<CaseTagger>();
                await tagger.TagAsync(touched.Keys, cancellationToken).ConfigureAwait(false);
            }

            IngestLog.AssociationTagged(logger, association.AssociationId, touched.Count);
        }
        catch (Exception exception)
        {
            // Tags can be recomputed from the rows at any time; a failure here must not affect the peer.
            // The marker stays, so the next start re-tags these cases.
            IngestLog.TaggingFailed(logger, exception, association.AssociationId, touched.Count);
            return;
        }

        markers.Unmark(ingest.MarkerPath);
    }

    private async Task<DicomStatus> StoreCoreAsync(
        DicomStoreRequest request, Deidentifier deidentifier, string logUid, CancellationToken cancellationToken)
    {
        var associationId = request.Association.AssociationId;
        var started = Stopwatch.GetTimestamp();
        DicomDataset dataset;
        try
        {
            var readOptions = new DicomReadOptions
            {
                TempDirectory = storage.Value.TempDirectory,
                MaxInflatedBytes = MaxInflatedBytes,
            };
            dataset = await request.ReadDataSetAsync(readOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DicomFormatException or EndOfStreamException)
        {
            IngestLog.CannotUnderstand(logger, associationId, logUid, exception.Message);
            return DicomStatus.CannotUnderstand;
        }

        IngestLog.ReadWarnings(logger, associationId, logUid, dataset);

        if (CommandConsistency.FindMismatch(dataset, request) is { } mismatch)
        {
            IngestLog.UidMismatch(logger, associationId, logUid, mismatch);
            return DicomStatus.DataSetDoesNotMatchSopClass;
        }

        var parsed = Stopwatch.GetTimestamp();
        var result = deidentifier.Deidentify(dataset);
        var metadata = InstanceMetadata.FromDataset(dataset);
        var deidentified = Stopwatch.GetTimestamp();

        var relativePath = InstanceStore.GetRelativePath(
            metadata.StudyInstanceUid, metadata.SeriesInstanceUid, metadata.SopInstanceUid);
        // The marker stays until the association's cases are tagged; see IngestMarkers.
        var ingest = _associations.GetOrAdd(associationId, _ => new AssociationIngest(markers.CreateMarkerPath()));
        markers.Mark(ingest.MarkerPath, relativePath);
        var file = await WriteFileAsync(dataset, request.TransferSyntax, relativePath, cancellationToken).ConfigureAwait(false);
        var written = Stopwatch.GetTimestamp();
        var stored = new StoredInstance(metadata, file, StoredTransferSyntaxUid(request.TransferSyntax),
            result.PatientKey, result.BurnedInAnnotationRisk, request.Association.CallingAeTitle, associationId);
        var filing = await FileAsync(stored).ConfigureAwait(false);
        var committed = Stopwatch.GetTimestamp();

        ingest.CaseIds[filing.CaseId] = 0;
        LogStored(stored, filing);
        LogTextDecodingIssues(dataset, associationId, metadata.SopInstanceUid);
        IngestLog.Timings(logger, associationId, metadata.SopInstanceUid,
            Milliseconds(started, parsed), Milliseconds(parsed, deidentified),
            Milliseconds(deidentified, written), Milliseconds(written, committed));
        return DicomStatus.Success;
    }

    private async Task<StoredFile> WriteFileAsync(
        DicomDataset dataset, TransferSyntax transferSyntax, string relativePath, CancellationToken cancellationToken)
    {
        using var file = new DicomFile(dataset, transferSyntax);
        return await store.WriteDurablyAsync(relativePath, file.SaveAsync, cancellationToken).ConfigureAwait(false);
    }

    // When the transaction fails, a file that did not exist before is removed so no orphan stays behind.
    // The queue always runs a request it accepted, so the rows cannot be committed after this delete.
    private async Task<FilingResult> FileAsync(StoredInstance stored)
    {
        try
        {
            return await filingQueue.FileAsync(stored).ConfigureAwait(false);
        }
        catch when (!stored.File.ReplacedExisting)
        {
            store.Delete(stored.File.RelativePath);
            throw;
        }
    }

    private void LogStored(StoredInstance stored, FilingResult filing)
    {
        var associationId = stored.AssociationId;
        var uid = stored.Metadata.SopInstanceUid;
        if (filing.CreatedDraft)
        {
            IngestLog.DraftCreated(logger, associationId, filing.CaseId, stored.Metadata.StudyInstanceUid,
                filing.HasOwner ? "assigned" : "unassigned inbox");
        }

        if (stored.BurnedInAnnotationRisk)
        {
            IngestLog.PixelReviewRequired(logger, associationId, uid, filing.CaseId);
        }

        IngestLog.Stored(logger, associationId, uid, filing.CaseId, stored.File.Length,
            stored.File.ReplacedExisting ? ", replaced an earlier copy" : string.Empty);
    }

    // One line per instance: the tag and the declared terms, never the value, which may identify the patient.
    private void LogTextDecodingIssues(DicomDataset dataset, string associationId, string sopInstanceUid)
    {
        var issues = dataset.TextDecodingIssues;
        if (issues.Count == 0)
        {
            return;
        }

        var first = issues[0];
        IngestLog.TextDecodingFallback(logger, associationId, sopInstanceUid, issues.Count, first.Tag.ToString(),
            first.SpecificCharacterSet, first.Problem);
    }

    // DicomFile writes native syntaxes as Explicit VR Little Endian and keeps encapsulated ones.
    private static string StoredTransferSyntaxUid(TransferSyntax transferSyntax) =>
        transferSyntax.IsEncapsulated ? transferSyntax.Uid : TransferSyntax.ExplicitVRLittleEndian.Uid;

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
