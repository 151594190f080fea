using TeachingFile.Core.Cases;

namespace TeachingFile.Core.Authoring;

/// <summary>One row of the drafts list or the unassigned inbox.</summary>
public sealed record DraftSummary(
    int CaseId,
    string Title,
    CaseStatus Status,
    string? SourceAeTitle,
    int StudyCount,
    bool PixelReviewPending,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
