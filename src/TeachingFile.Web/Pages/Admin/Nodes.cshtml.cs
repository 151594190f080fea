using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TeachingFile.Core.Identity;
using TeachingFile.Core.Nodes;

namespace TeachingFile.Web.Pages.Admin;

/// <summary>
/// The DICOM nodes allowed to send. Changes go through <see cref="DicomNodeService"/>, which also
/// clears the association policy's cache so that they apply to the next association.
/// </summary>
public sealed class NodesModel(
    DicomNodeService nodes,
    NodeAssociationPolicy policy,
    UserManager<ApplicationUser> users,
    ILogger<NodesModel> logger) : PageModel
{
    [BindProperty]
    public NodeInput Input { get; set; } = new();

    public IReadOnlyList<DicomNode> Nodes { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Nodes = await nodes.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var aeTitle = ValidateAeTitle(Input.AeTitle);
        await ValidateOwnerAsync(Input.OwnerEmail);
        if (!ModelState.IsValid || aeTitle is null)
        {
            return await RedisplayAsync(cancellationToken);
        }

        try
        {
            await nodes.AddAsync(aeTitle, Input.OwnerEmail, Input.Description, cancellationToken);
        }
        catch (ArgumentException exception)
        {
            // Raised for an AE title that is already registered.
            ModelState.AddModelError("Input.AeTitle", exception.Message);
            return await RedisplayAsync(cancellationToken);
        }

        return Changed($"Node {aeTitle} added.", aeTitle);
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken)
    {
        await ValidateOwnerAsync(Input.OwnerEmail);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var updated = await nodes.UpdateAsync(Input.Id, Input.OwnerEmail, Input.Description, cancellationToken);
        return updated ? Changed("Node updated.", Input.Id) : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        var removed = await nodes.RemoveAsync(id, cancellationToken);
        return removed ? Changed("Node removed.", id) : NotFound();
    }

    private IActionResult Changed(string message, object node)
    {
        policy.InvalidateCache();
        logger.LogInformation("DICOM node {Node} changed on the Nodes page: {Change}", node, message);
        Message = message;
        return RedirectToPage();
    }

    private string? ValidateAeTitle(string? aeTitle)
    {
        try
        {
            return DicomNodeService.NormalizeAeTitle(aeTitle ?? string.Empty);
        }
        catch (ArgumentException exception)
        {
            ModelState.AddModelError("Input.AeTitle", exception.Message.Split(" (Parameter", 2)[0]);
            return null;
        }
    }

    private async Task ValidateOwnerAsync(string? ownerEmail)
    {
        if (!string.IsNullOrWhiteSpace(ownerEmail) && await users.FindByEmailAsync(ownerEmail.Trim()) is null)
        {
            ModelState.AddModelError(
                "Input.OwnerEmail",
                $"No user has the e-mail '{ownerEmail.Trim()}'. " +
                "Create the user first, or leave it empty for the inbox.");
        }
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        Nodes = await nodes.ListAsync(cancellationToken);
        return Page();
    }
}
