using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Data;
using TeachingFile.Core.Identity;

namespace TeachingFile.Web.Tests.Infrastructure;

/// <summary>
/// Starts the real Program against a fresh data root (SQLite database, keys, index) of its own; the
/// DICOM SCP is off. One instance per test class (IClassFixture), deleted afterwards.
/// </summary>
public class TeachingFileFactory : WebApplicationFactory<Program>
{
    /// <summary>The test users' password, made per run so that none is stored in the repository.</summary>
    public static readonly string Password = $"Tf-{Guid.NewGuid():N}!A1";

    public string StorageRoot { get; } =
        Path.Combine(Path.GetTempPath(), "tf-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Root", StorageRoot);
        builder.UseSetting("Dicom:Enabled", "false");
        builder.UseSetting("Search:IndexPath", Path.Combine(StorageRoot, "index"));
    }

    /// <summary>Returns a client that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates a user with the given roles through UserManager; the e-mail is the user name.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            var added = await users.AddToRolesAsync(user, roles);
            Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Description)));
        }

        return user;
    }

    /// <summary>Creates a user and returns a client signed in as that user through the sign-in form.</summary>
    public async Task<(HttpClient Client, ApplicationUser User)> SignInNewUserAsync(string email, params string[] roles)
    {
        var user = await CreateUserAsync(email, roles);
        var client = CreateBrowser();
        var response = await client.PostFormAsync(
            "/Account/SignIn",
            "/Account/SignIn",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return (client, user);
    }

    /// <summary>Runs an action against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<TeachingFileDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>();
        return await action(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(StorageRoot))
        {
            Directory.Delete(StorageRoot, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
