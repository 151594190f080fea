namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>One Instances row joined with its Series, Studies and Cases rows.</summary>
internal sealed record StoredInstanceRow(
    string SopInstanceUid, string RelativePath, long FileSize, string SeriesInstanceUid, string StudyInstanceUid, string CaseId);
