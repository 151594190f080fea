using System.ComponentModel.DataAnnotations;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Cases;

namespace TeachingFile.Web.Pages.Authoring;

public sealed class EditCaseInput
{
    [StringLength(CaseText.MaxTitleLength)]
    public string? Title { get; set; }

    [StringLength(CaseText.MaxSectionLength)]
    public string? History { get; set; }

    [StringLength(CaseText.MaxSectionLength)]
    public string? Findings { get; set; }

    [StringLength(CaseText.MaxSectionLength)]
    public string? Diagnosis { get; set; }

    [StringLength(CaseText.MaxSectionLength)]
    public string? Discussion { get; set; }

    /// <summary>UpdatedAt of the case when the form was loaded, in UTC ticks: the concurrency check.</summary>
    public long Version { get; set; }

    public static EditCaseInput From(TeachingCase teachingCase) => new()
    {
        Title = teachingCase.Title,
        History = teachingCase.History,
        Findings = teachingCase.Findings,
        Diagnosis = teachingCase.Diagnosis,
        Discussion = teachingCase.Discussion,
        Version = teachingCase.UpdatedAt.UtcTicks,
    };

    public CaseText ToCaseText() =>
        new(Title ?? string.Empty, History ?? string.Empty, Findings ?? string.Empty,
            Diagnosis ?? string.Empty, Discussion ?? string.Empty);

    public DateTimeOffset? ExpectedUpdatedAt => Version > 0 ? new DateTimeOffset(Version, TimeSpan.Zero) : null;
}
