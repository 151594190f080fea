namespace TeachingFile.Core.Cases;

/// <summary>
/// A teaching case: one or more de-identified studies with the author's Markdown text. A draft is
/// keyed by sender and study so that every instance of a study from one node lands in one draft.
/// </summary>
public sealed class TeachingCase
{
    public int Id { get; set; }

    public CaseStatus Status { get; set; }

    /// <summary>Identity user id of the author; null while the case sits in the unassigned inbox.</summary>
    public string? OwnerId { get; set; }

    /// <summary>Calling AE title of the node that sent the first instance; null for authored or demo cases.</summary>
    public string? SourceAeTitle { get; set; }

    /// <summary>Keyed pseudonym of the patient (never the original ID), linking follow-up studies.</summary>
    public string? PatientKey { get; set; }

    public string Title { get; set; } = string.Empty;

    public string History { get; set; } = string.Empty;

    public string Findings { get; set; } = string.Empty;

    public string Diagnosis { get; set; } = string.Empty;

    public string Discussion { get; set; } = string.Empty;

    /// <summary>Patient sex from the studies (M, F, O) when the profile keeps patient characteristics.</summary>
    public string? PatientSex { get; set; }

    /// <summary>Age group derived from Patient's Age: neonate, infant, child, adolescent, adult, older adult.</summary>
    public string? AgeGroup { get; set; }

    /// <summary>True while an instance at risk of burned-in annotation waits for an author's check.</summary>
    public bool PixelReviewRequired { get; set; }

    public DateTimeOffset? PixelReviewConfirmedAt { get; set; }

    public string? PixelReviewConfirmedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<CaseTag> Tags { get; set; } = [];

    public List<Study> Studies { get; set; } = [];
}
