using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Pages.Account;

/// <summary>Signs out on POST only, so that a link on another site cannot sign a user out.</summary>
public sealed class SignOutModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("/Account/SignIn");
    }
}
