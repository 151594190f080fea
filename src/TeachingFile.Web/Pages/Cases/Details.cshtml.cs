using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;
using TeachingFile.Core.Markdown;
using TeachingFile.Dicom;

namespace TeachingFile.Web.Pages.Cases;

public sealed class DetailsModel(TeachingFileDbContext db) : PageModel
{
    /// <summary>Thumbnails shown per series; the viewer shows the rest.</summary>
    public const int ThumbnailsPerSeries = 4;

    public CaseDetailsView Case { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var teachingCase = await db.Cases.AsNoTracking()
            .Include(c => c.Tags)
            .Include(c => c.Studies).ThenInclude(s => s.Series)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (teachingCase is null || !CaseVisibility.CanView(User, teachingCase.Status, teachingCase.OwnerId))
        {
            return NotFound();
        }

        CanEdit = CaseVisibility.CanView(User, CaseStatus.Draft, teachingCase.OwnerId);
        var studies = new List<StudyView>();
        foreach (var study in teachingCase.Studies.OrderBy(s => s.StudyDate))
        {
            studies.Add(new StudyView(
                study.StudyDescription, study.StudyDate, await LoadSeriesAsync(study, cancellationToken)));
        }

        Case = new CaseDetailsView(
            teachingCase.Id,
            teachingCase.Title,
            teachingCase.Status,
            teachingCase.OwnerId,
            teachingCase.PublishedAt,
            RenderSections(teachingCase),
            teachingCase.Tags.OrderBy(t => t.Kind).ThenBy(t => t.Value, StringComparer.Ordinal).ToList(),
            studies);
        return Page();
    }

    private async Task<List<SeriesView>> LoadSeriesAsync(Study study, CancellationToken cancellationToken)
    {
        var result = new List<SeriesView>();
        foreach (var series in study.Series.OrderBy(s => s.SeriesNumber))
        {
            var count = await db.Instances.CountAsync(i => i.SeriesId == series.Id, cancellationToken);
            var first = await db.Instances.AsNoTracking()
                .Where(i => i.SeriesId == series.Id)
                .OrderBy(i => i.InstanceNumber).ThenBy(i => i.Id)
                .Take(ThumbnailsPerSeries)
                .Select(i => new { i.Id, i.TransferSyntaxUid })
                .ToListAsync(cancellationToken);
            var thumbnails = first.Select(i => new ThumbnailView(i.Id, CompressionName(i.TransferSyntaxUid))).ToList();
            result.Add(new SeriesView(
                series.SeriesNumber, series.Modality, series.SeriesDescription, count, thumbnails));
        }

        return result;
    }

    /// <summary>Returns the compression's name for encapsulated transfer syntaxes, or null for native pixels.</summary>
    internal static string? CompressionName(string transferSyntaxUid)
    {
        var syntax = TransferSyntax.Lookup(transferSyntaxUid);
        return syntax.IsEncapsulated || syntax.IsDeflated ? syntax.Name : null;
    }

    private static List<(string Heading, string Html)> RenderSections(TeachingCase teachingCase) =>
        new (string Heading, string Markdown)[]
            {
                ("History", teachingCase.History),
                ("Findings", teachingCase.Findings),
                ("Diagnosis", teachingCase.Diagnosis),
                ("Discussion", teachingCase.Discussion),
            }
            .Where(section => !string.IsNullOrWhiteSpace(section.Markdown))
            .Select(section => (section.Heading, MarkdownRenderer.ToSafeHtml(section.Markdown)))
            .ToList();
}
