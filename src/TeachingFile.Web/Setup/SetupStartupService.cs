using Microsoft.AspNetCore.Identity;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Setup;

/// <summary>
/// Runs after the database is initialized: creates the four roles, and while no administrator exists
/// writes a fresh setup token and logs where it is (never the token itself).
/// </summary>
internal sealed class SetupStartupService(IServiceScopeFactory scopes, ILogger<SetupStartupService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }

            var setup = scope.ServiceProvider.GetRequiredService<SetupService>();
            if (await setup.AdminExistsAsync())
            {
                return;
            }

            var tokenFile = scope.ServiceProvider.GetRequiredService<SetupTokenFile>();
            await tokenFile.WriteNewTokenAsync(cancellationToken);
            logger.LogWarning(
                "No administrator exists: open /Setup and enter the token from {TokenPath}", tokenFile.Path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
