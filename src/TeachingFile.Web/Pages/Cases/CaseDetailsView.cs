using TeachingFile.Core.Cases;

namespace TeachingFile.Web.Pages.Cases;

/// <summary>What the case page shows: rendered sections, tags and the image list.</summary>
public sealed record CaseDetailsView(
    int Id,
    string Title,
    CaseStatus Status,
    string? OwnerId,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<(string Heading, string Html)> Sections,
    IReadOnlyList<CaseTag> Tags,
    IReadOnlyList<StudyView> Studies);

public sealed record StudyView(string? Description, string? StudyDate, IReadOnlyList<SeriesView> Series);

public sealed record SeriesView(
    int? Number, string Modality, string? Description, int InstanceCount, IReadOnlyList<ThumbnailView> Thumbnails);

/// <summary>One thumbnail slot: an image URL, or the name of the compression the browser cannot show.</summary>
public sealed record ThumbnailView(int InstanceId, string? CompressionName);
