using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<ApplicationUser> signInManager, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(
            Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in rejected: account locked out after repeated failures");
            ModelState.AddModelError(string.Empty,
                "This account is locked after too many failed attempts. " +
                "Try again in 15 minutes or ask an administrator.");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "The e-mail or password is wrong.");
        }

        return Page();
    }
}
