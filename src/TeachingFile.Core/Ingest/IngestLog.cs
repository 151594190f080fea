using Microsoft.Extensions.Logging;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Ingest;

/// <summary>Ingest log events (ids 2001-2099). Every line carries the association id and only de-identified UIDs.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "[{AssociationId}] Stored {SopInstanceUid} in case {CaseId} ({Bytes} bytes{Replaced})")]
    public static partial void Stored(ILogger logger, string associationId, string sopInstanceUid, int caseId, long bytes, string replaced);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "[{AssociationId}] Cannot understand data set of {SopInstanceUid}: {Reason}")]
    public static partial void CannotUnderstand(ILogger logger, string associationId, string sopInstanceUid, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "[{AssociationId}] Data set of {SopInstanceUid} does not match the command: {Mismatch}")]
    public static partial void UidMismatch(ILogger logger, string associationId, string sopInstanceUid, string mismatch);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error,
        Message = "[{AssociationId}] Storing {SopInstanceUid} failed; answering {Status}")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string associationId, string sopInstanceUid, DicomStatus status);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug,
        Message = "[{AssociationId}] {SopInstanceUid} timings: parse {ParseMs:F1} ms, deid {DeidMs:F1} ms, write {WriteMs:F1} ms, commit {CommitMs:F1} ms")]
    public static partial void Timings(
        ILogger logger, string associationId, string sopInstanceUid, double parseMs, double deidMs, double writeMs, double commitMs);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "[{AssociationId}] New draft case {CaseId} for study {StudyInstanceUid} (owner {OwnerState})")]
    public static partial void DraftCreated(ILogger logger, string associationId, int caseId, string studyInstanceUid, string ownerState);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning,
        Message = "[{AssociationId}] Node owner {OwnerEmail} has no user account; the new draft goes to the unassigned inbox")]
    public static partial void OwnerNotFound(ILogger logger, string associationId, string ownerEmail);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning,
        Message = "[{AssociationId}] {SopInstanceUid} may carry burned-in annotation; case {CaseId} needs a pixel review")]
    public static partial void PixelReviewRequired(ILogger logger, string associationId, string sopInstanceUid, int caseId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Error,
        Message = "[{AssociationId}] Tagging {Count} cases after the association failed")]
    public static partial void TaggingFailed(ILogger logger, Exception exception, string associationId, int count);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information,
        Message = "[{AssociationId}] Association closed; tagged {Count} cases")]
    public static partial void AssociationTagged(ILogger logger, string associationId, int count);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning,
        Message = "[{AssociationId}] Study {StudyInstanceUid} was first sent by node {FirstAeTitle} and stays in its case {CaseId}; the instance from {CallingAeTitle} joins that case")]
    public static partial void StudyFromOtherNode(
        ILogger logger, string associationId, string studyInstanceUid, string firstAeTitle, int caseId, string callingAeTitle);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning,
        Message = "[{AssociationId}] {SopInstanceUid}: {Count} text elements did not match their character set and were decoded with a fallback; first {Tag} with Specific Character Set '{SpecificCharacterSet}' ({Problem})")]
    public static partial void TextDecodingFallback(
        ILogger logger, string associationId, string sopInstanceUid, int count, string tag, string specificCharacterSet, DicomTextDecodingProblem problem);

    [LoggerMessage(EventId = 2015, Level = LogLevel.Warning,
        Message = "[{AssociationId}] {SopInstanceUid}: the reader recorded {WarningCount} warnings for the data set; first: {FirstWarning}")]
    public static partial void DataSetReadWarnings(
        ILogger logger, string associationId, string sopInstanceUid, int warningCount, string firstWarning);

    /// <summary>
    /// Logs one line for a data set read with warnings, none for a clean one. Reader warnings name
    /// tags, offsets and lengths but no patient values (see <see cref="DicomDataset.ReadWarnings"/>).
    /// </summary>
    public static void ReadWarnings(ILogger logger, string associationId, string sopInstanceUid, DicomDataset dataset)
    {
        if (dataset.ReadWarnings is { Count: > 0 } warnings)
        {
            DataSetReadWarnings(logger, associationId, sopInstanceUid, warnings.Count, warnings[0]);
        }
    }

    [LoggerMessage(EventId = 2013, Level = LogLevel.Debug,
        Message = "[{AssociationIds}] Filed {Count} instances in one transaction in {Milliseconds} ms")]
    public static partial void BatchFiled(ILogger logger, string associationIds, int count, double milliseconds);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning,
        Message = "[{AssociationIds}] Filing {Count} instances in one transaction failed; filing each in its own transaction")]
    public static partial void BatchFailed(ILogger logger, Exception exception, string associationIds, int count);
}
