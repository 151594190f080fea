using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;
using TeachingFile.Core.Nodes;
using TeachingFile.Core.Tagging;

namespace TeachingFile.Core.Ingest;

/// <summary>
/// Writes the study, series and instance rows of stored instances and files their studies into draft
/// cases, in one transaction. A study belongs to the case that first received it, so later instances
/// of the study join that case whichever node sends them. A re-sent instance updates its row.
/// </summary>
/// <remarks>
/// Callers file through <see cref="CaseFilingQueue"/>, whose single writer ensures that only one
/// draft is created per study.
/// </remarks>
internal sealed class CaseFiler(TeachingFileDbContext db, DicomNodeDirectory nodes, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>
    /// Files the instances in order in one transaction and returns, per instance, the case it was
    /// filed into and whether that case is a new draft. When one instance fails, nothing is committed.
    /// </summary>
    public async Task<IReadOnlyList<FilingResult>> FileAllAsync(
        IReadOnlyList<StoredInstance> batch, CancellationToken cancellationToken)
    {
        var results = new List<FilingResult>(batch.Count);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var stored in batch)
            {
                results.Add(await FileAsync(stored, cancellationToken).ConfigureAwait(false));
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    // Saves without committing, so the next instance of the batch finds the rows this one created.
    private async Task<FilingResult> FileAsync(StoredInstance stored, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var study = await FindOrCreateStudyAsync(stored, now, cancellationToken).ConfigureAwait(false);
        var createdDraft = study.Case!.Id == 0;
        var series = await FindOrCreateSeriesAsync(study, stored.Metadata, cancellationToken).ConfigureAwait(false);
        await UpsertInstanceAsync(series, stored, now, cancellationToken).ConfigureAwait(false);
        UpdateCase(study.Case!, stored, now);

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new FilingResult(study.CaseId, createdDraft, study.Case.OwnerId is not null);
    }

    private async Task<Study> FindOrCreateStudyAsync(StoredInstance stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var metadata = stored.Metadata;
        var study = await db.Studies.Include(s => s.Case)
            .FirstOrDefaultAsync(s => s.StudyInstanceUid == metadata.StudyInstanceUid, cancellationToken)
            .ConfigureAwait(false);
        if (study is null)
        {
            var draft = await CreateDraftAsync(stored, now, cancellationToken).ConfigureAwait(false);
            study = new Study { StudyInstanceUid = metadata.StudyInstanceUid, SourceAeTitle = stored.CallingAeTitle, Case = draft };
            draft.Studies.Add(study);
        }
        else if (!string.Equals(study.SourceAeTitle, stored.CallingAeTitle, StringComparison.Ordinal))
        {
            IngestLog.StudyFromOtherNode(logger, stored.AssociationId, metadata.StudyInstanceUid,
                study.SourceAeTitle ?? "(none)", study.CaseId, stored.CallingAeTitle);
        }

        study.StudyDate = metadata.StudyDate ?? study.StudyDate;
        study.StudyDescription = metadata.StudyDescription ?? study.StudyDescription;
        study.PatientAge = metadata.PatientAge ?? study.PatientAge;
        study.PatientSex = metadata.PatientSex ?? study.PatientSex;
        return study;
    }

    private async Task<TeachingCase> CreateDraftAsync(StoredInstance stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ownerId = await FindOwnerIdAsync(stored, cancellationToken).ConfigureAwait(false);
        var draft = new TeachingCase
        {
            Status = CaseStatus.Draft,
            OwnerId = ownerId,
            SourceAeTitle = stored.CallingAeTitle,
            PatientKey = stored.PatientKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Cases.Add(draft);
        return draft;
    }

    private async Task<string?> FindOwnerIdAsync(StoredInstance stored, CancellationToken cancellationToken)
    {
        var node = await nodes.FindAsync(stored.CallingAeTitle, cancellationToken).ConfigureAwait(false);
        if (node?.OwnerEmail is not { } email)
        {
            return null;
        }

        var normalized = email.Trim().ToUpperInvariant();
        var ownerId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (ownerId is null)
        {
            IngestLog.OwnerNotFound(logger, stored.AssociationId, email);
        }

        return ownerId;
    }

    private async Task<Series> FindOrCreateSeriesAsync(Study study, InstanceMetadata metadata, CancellationToken cancellationToken)
    {
        var series = await db.Series
            .FirstOrDefaultAsync(s => s.SeriesInstanceUid == metadata.SeriesInstanceUid, cancellationToken)
            .ConfigureAwait(false);
        if (series is null)
        {
            series = new Series { SeriesInstanceUid = metadata.SeriesInstanceUid, Study = study };
            study.Series.Add(series);
        }

        series.Modality = metadata.Modality.Length > 0 ? metadata.Modality : series.Modality;
        series.BodyPartExamined = metadata.BodyPartExamined ?? series.BodyPartExamined;
        series.AnatomicRegionCode = metadata.AnatomicRegionCode ?? series.AnatomicRegionCode;
        series.AnatomicRegionMeaning = metadata.AnatomicRegionMeaning ?? series.AnatomicRegionMeaning;
        series.SeriesDescription = metadata.SeriesDescription ?? series.SeriesDescription;
        series.SeriesNumber = metadata.SeriesNumber ?? series.SeriesNumber;
        return series;
    }

    private async Task UpsertInstanceAsync(Series series, StoredInstance stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var metadata = stored.Metadata;
        var instance = await db.Instances
            .FirstOrDefaultAsync(i => i.SopInstanceUid == metadata.SopInstanceUid, cancellationToken)
            .ConfigureAwait(false);
        if (instance is null)
        {
            instance = new Instance { SopInstanceUid = metadata.SopInstanceUid };
            series.Instances.Add(instance);
        }

        instance.Series = series;
        instance.SopClassUid = metadata.SopClassUid;
        instance.TransferSyntaxUid = stored.TransferSyntaxUid;
        instance.InstanceNumber = metadata.InstanceNumber;
        instance.Rows = metadata.Rows;
        instance.Columns = metadata.Columns;
        instance.NumberOfFrames = metadata.NumberOfFrames;
        instance.RelativePath = stored.File.RelativePath;
        instance.FileSize = stored.File.Length;
        instance.BurnedInAnnotationRisk = stored.BurnedInAnnotationRisk;
        instance.ReceivedAt = now;
    }

    private static void UpdateCase(TeachingCase teachingCase, StoredInstance stored, DateTimeOffset now)
    {
        teachingCase.PatientKey ??= stored.PatientKey;
        teachingCase.PatientSex = stored.Metadata.PatientSex ?? teachingCase.PatientSex;
        teachingCase.AgeGroup = AgeGroups.FromAgeDays(AgeGroups.ParseAgeDays(stored.Metadata.PatientAge)) ?? teachingCase.AgeGroup;
        if (stored.BurnedInAnnotationRisk)
        {
            // A new instance at risk needs its own check, even if earlier ones were confirmed.
            teachingCase.PixelReviewRequired = true;
            teachingCase.PixelReviewConfirmedAt = null;
            teachingCase.PixelReviewConfirmedBy = null;
        }

        teachingCase.UpdatedAt = now;
    }
}
