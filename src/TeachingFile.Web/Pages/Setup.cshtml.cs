using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Data;
using TeachingFile.Core.Demo;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Setup;

namespace TeachingFile.Web.Pages;

/// <summary>First-run page: exists only while no administrator does.</summary>
[AllowAnonymous]
public sealed class SetupModel(
    SetupService setup,
    TeachingFileDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager,
    ILogger<SetupModel> logger) : PageModel
{
    /// <summary>Outcome of loading demo content, shown on the home page after the redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await setup.AdminExistsAsync())
        {
            return NotFound();
        }

        Input.LoadDemoContent = !await db.Cases.AnyAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await setup.AdminExistsAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await setup.CreateAdminAsync(
            Input.Token, Input.Email, Input.DisplayName, Input.Password, cancellationToken);
        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (errors.Count > 0)
        {
            return Page();
        }

        var admin = await users.FindByEmailAsync(Input.Email)
            ?? throw new InvalidOperationException("The administrator just created was not found.");
        await signInManager.SignInAsync(admin, isPersistent: false);
        if (Input.LoadDemoContent)
        {
            Message = await LoadDemoContentAsync(admin, cancellationToken);
        }

        return LocalRedirect("/");
    }

    private async Task<string> LoadDemoContentAsync(ApplicationUser admin, CancellationToken cancellationToken)
    {
        // The seeder is resolved here only, so the page does not need ingest unless demo content is asked for.
        var seeder = HttpContext.RequestServices.GetRequiredService<DemoContentSeeder>();
        try
        {
            var published = await seeder.SeedIfEmptyAsync(admin, cancellationToken);
            return published.Count == 0
                ? "Demo content was not loaded because the database already has cases."
                : $"Loaded {published.Count} published demo cases.";
        }
        catch (InvalidOperationException exception)
        {
            logger.LogError(exception, "Loading demo content during setup failed");
            return "The administrator was created, but loading the demo content failed: " + exception.Message;
        }
    }
}
