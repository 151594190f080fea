using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Pages.Admin;

public sealed class UsersModel(UserManager<ApplicationUser> users, ILogger<UsersModel> logger) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var roles = Input.ExtraRoles.Append(Input.Role).Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in roles.Where(r => !Roles.All.Contains(r, StringComparer.Ordinal)))
        {
            ModelState.AddModelError(
                "Input.Role", $"Role '{unknown}' does not exist; choose one of {string.Join(", ", Roles.All)}.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var user = new ApplicationUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.DisplayName };
        var created = await users.CreateAsync(user, Input.Password);
        var result = created.Succeeded ? await users.AddToRolesAsync(user, roles) : created;
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        logger.LogInformation("User {UserId} created with roles {Roles}", user.Id, string.Join(",", roles));
        Message = $"Created {Input.Email} ({string.Join(", ", roles)}).";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
            var email = user.Email ?? user.UserName ?? user.Id;
            rows.Add(new UserRow(email, user.DisplayName, roles.Order().ToList(), locked));
        }

        Users = rows;
    }

    public sealed record UserRow(string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut);
}
