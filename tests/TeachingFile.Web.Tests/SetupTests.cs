using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

/// <summary>The first-run flow; one test walks it in order because each step changes the app's state.</summary>
public sealed class SetupTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    [Fact]
    public async Task Setup_creates_admin_once_with_the_token()
    {
        var client = factory.CreateBrowser();
        var tokenPath = Path.Combine(factory.StorageRoot, "setup-token");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Setup")).StatusCode);

        Assert.True(File.Exists(tokenPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tokenPath));
        }

        var token = (await File.ReadAllTextAsync(tokenPath)).Trim();
        var wrong = await client.PostFormAsync("/Setup", "/Setup", SetupFields("not-the-token"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("setup token is wrong", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await AdminExistsAsync());

        var right = await client.PostFormAsync("/Setup", "/Setup", SetupFields(token));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.True(await AdminExistsAsync());
        Assert.False(File.Exists(tokenPath));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Users")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync("/Setup")).StatusCode);
        // A valid antiforgery token from another form gets past validation, so the 404 comes from the page.
        var again = await factory.CreateBrowser().PostFormAsync("/Account/SignIn", "/Setup", SetupFields(token));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    private static Dictionary<string, string> SetupFields(string token) => new()
    {
        ["Input.Token"] = token,
        ["Input.Email"] = "admin@example.org",
        ["Input.DisplayName"] = "Site administrator",
        ["Input.Password"] = TeachingFileFactory.Password,
        ["Input.ConfirmPassword"] = TeachingFileFactory.Password,
    };

    private async Task<bool> AdminExistsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;
    }
}
