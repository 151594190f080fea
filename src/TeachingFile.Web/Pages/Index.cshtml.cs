using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;

namespace TeachingFile.Web.Pages;

public sealed class IndexModel(TeachingFileDbContext db) : PageModel
{
    private const int RecentCount = 12;

    public IReadOnlyList<RecentCase> Recent { get; private set; } = [];

    /// <summary>A message left by the page that redirected here (setup's demo content outcome).</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Recent = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Published)
            .OrderByDescending(c => c.PublishedAt)
            .Take(RecentCount)
            .Select(c => new RecentCase(
                c.Id,
                c.Title,
                c.PublishedAt,
                c.Tags.Where(t => t.Kind == TagKind.Modality || t.Kind == TagKind.BodyPart)
                    .Select(t => t.Value)
                    .ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record RecentCase(int Id, string Title, DateTimeOffset? PublishedAt, IReadOnlyList<string> Tags);
}
