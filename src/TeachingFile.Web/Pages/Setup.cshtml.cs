using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Data;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Setup;

namespace TeachingFile.Web.Pages;

/// <summary>First-run page: exists only while no administrator does.</summary>
[AllowAnonymous]
public sealed class SetupModel(
    SetupService setup,
    TeachingFileDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager) : PageModel
{
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

        var admin = await users.FindByEmailAsync(Input.Email);
        await signInManager.SignInAsync(admin!, isPersistent: false);
        return LocalRedirect("/");
    }
}
