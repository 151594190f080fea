using Microsoft.AspNetCore.Identity;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Setup;

/// <summary>Creates the first administrator, once, for a person who has the setup token.</summary>
public sealed class SetupService(
    UserManager<ApplicationUser> users,
    SetupTokenFile tokenFile,
    ILogger<SetupService> logger)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<bool> AdminExistsAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    /// <summary>
    /// Creates the administrator and deletes the token file. Returns the errors to show when the
    /// token is wrong, an administrator already exists, or Identity rejects the account.
    /// </summary>
    public async Task<IReadOnlyList<string>> CreateAdminAsync(
        string token, string email, string displayName, string password, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (await AdminExistsAsync())
            {
                return ["An administrator exists already; sign in instead."];
            }

            if (!await tokenFile.VerifyAsync(token, cancellationToken))
            {
                logger.LogWarning("Setup rejected: the setup token entered does not match {Path}", tokenFile.Path);
                return
                [
                    "The setup token is wrong. Copy it from the setup-token file in the data root; " +
                    "the server log names its path.",
                ];
            }

            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = displayName };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created.Errors.Select(e => e.Description).ToList();
            }

            await users.AddToRolesAsync(user, [Roles.Admin, Roles.Faculty]);
            tokenFile.Delete();
            logger.LogInformation("Administrator {UserId} created through /Setup; setup token deleted", user.Id);
            return [];
        }
        finally
        {
            Gate.Release();
        }
    }
}
