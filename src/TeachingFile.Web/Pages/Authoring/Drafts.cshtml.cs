using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TeachingFile.Core.Authoring;
using TeachingFile.Web.Identity;

namespace TeachingFile.Web.Pages.Authoring;

public sealed class DraftsModel(CaseAuthoringService authoring) : PageModel
{
    public IReadOnlyList<DraftSummary> Drafts { get; private set; } = [];

    public IReadOnlyList<DraftSummary> Published { get; private set; } = [];

    public IReadOnlyList<DraftSummary> Inbox { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var author = User.ToCaseAuthor();
        Drafts = await authoring.ListDraftsAsync(author, cancellationToken);
        Published = await authoring.ListPublishedAsync(author, cancellationToken);
        Inbox = await authoring.ListInboxAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostClaimAsync(int id, CancellationToken cancellationToken)
    {
        var result = await authoring.ClaimAsync(id, User.ToCaseAuthor(), cancellationToken);
        if (result.Succeeded)
        {
            return RedirectToPage("/Authoring/Edit", new { id });
        }

        Message = result.Message;
        return RedirectToPage();
    }
}
