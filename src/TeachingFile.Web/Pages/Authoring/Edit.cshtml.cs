using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Markdown;
using TeachingFile.Web.Identity;

namespace TeachingFile.Web.Pages.Authoring;

/// <summary>The Markdown editor of one case; every change goes through <see cref="CaseAuthoringService"/>.</summary>
public sealed class EditModel(CaseAuthoringService authoring) : PageModel
{
    [BindProperty]
    public EditCaseInput Input { get; set; } = new();

    public TeachingCase Case { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = EditCaseInput.From(Case);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) =>
        SaveThenAsync(id, "Saved.", null, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) =>
        SaveThenAsync(id, "Published.", authoring.PublishAsync, cancellationToken);

    public async Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(id, "Unpublished: the case is a draft again.",
            await authoring.UnpublishAsync(id, User.ToCaseAuthor(), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostConfirmReviewAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(id, "Pixel review confirmed.",
            await authoring.ConfirmPixelReviewAsync(id, User.ToCaseAuthor(), cancellationToken), cancellationToken);

    /// <summary>Returns the sanitized HTML of one section for the live preview.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id, string? markdown, CancellationToken cancellationToken)
    {
        if (await authoring.FindEditableAsync(id, User.ToCaseAuthor(), cancellationToken) is null)
        {
            return NotFound();
        }

        return Content(MarkdownRenderer.ToSafeHtml(markdown), "text/html; charset=utf-8");
    }

    private async Task<IActionResult> SaveThenAsync(
        int id,
        string successMessage,
        Func<int, CaseAuthor, CancellationToken, Task<AuthoringResult>>? next,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var author = User.ToCaseAuthor();
        var result = await authoring.UpdateTextAsync(
            id, Input.ToCaseText(), author, Input.ExpectedUpdatedAt, cancellationToken);
        if (result.Succeeded && next is not null)
        {
            result = await next(id, author, cancellationToken);
        }

        return await AfterAsync(id, successMessage, result, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(
        int id, string successMessage, AuthoringResult result, CancellationToken cancellationToken)
    {
        if (result.Status == AuthoringStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Message = successMessage;
            return RedirectToPage(new { id });
        }

        // Keep what the author typed and show why the operation failed.
        Error = result.Message;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var teachingCase = await authoring.FindEditableAsync(id, User.ToCaseAuthor(), cancellationToken);
        if (teachingCase is null)
        {
            return false;
        }

        Case = teachingCase;
        return true;
    }
}
