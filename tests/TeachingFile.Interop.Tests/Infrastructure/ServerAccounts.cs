namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// The first-run and account pages driven over HTTP: /Setup with the one-time token the server
/// wrote to its data root, /Admin/Users to create users with a role, /Account/SignIn.
/// </summary>
internal static class ServerAccounts
{
    /// <summary>A password that meets the server's rules, made per run so none is stored in the repository.</summary>
    public static string NewPassword() => $"Tf-{Guid.NewGuid():N}!A1";

    public static async Task<string> ReadSetupTokenAsync(TeachingFileServer server, CancellationToken cancellationToken)
    {
        var path = Path.Combine(server.StorageRoot, "setup-token");
        for (var attempt = 0; attempt < 50 && !File.Exists(path); attempt++)
        {
            await Task.Delay(100, cancellationToken);
        }

        Assert.True(File.Exists(path), $"The server did not write its first-run token to {path}.");
        return (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
    }

    /// <summary>
    /// Completes /Setup and returns a session signed in as the new admin. With
    /// <paramref name="loadDemoContent"/> false the "Load demo content" box is posted unticked.
    /// </summary>
    public static async Task<WebSession> SetUpAdminAsync(
        TeachingFileServer server, string email, string password, CancellationToken cancellationToken,
        bool loadDemoContent = true)
    {
        var token = await ReadSetupTokenAsync(server, cancellationToken);
        var session = new WebSession(server.BaseAddress);
        var page = await session.GetOkAsync("/Setup", cancellationToken);
        var form = page.FormWith("Token", "Email", "Password")
            .Set("Token", token)
            .Set("Email", email)
            .Set("Password", password);
        SetIfPresent(form, "ConfirmPassword", password);
        SetIfPresent(form, "DisplayName", "Interop Admin");
        if (!loadDemoContent)
        {
            form.Set("LoadDemoContent", "false");
        }

        var result = await session.SubmitAsync(page, form, cancellationToken: cancellationToken);
        AssertNoValidationErrors(result, "/Setup");

        await SignInAsync(session, email, password, cancellationToken);
        return session;
    }

    /// <summary>Creates a user with one role through /Admin/Users, as a signed-in admin.</summary>
    public static async Task CreateUserAsync(
        WebSession admin, string email, string password, string role, CancellationToken cancellationToken)
    {
        var page = await admin.GetOkAsync("/Admin/Users", cancellationToken);
        var form = page.FormWith("Email", "Password", "Role")
            .Set("Email", email)
            .Set("Password", password)
            .Set("Role", role);
        SetIfPresent(form, "ConfirmPassword", password);
        SetIfPresent(form, "DisplayName", $"Interop {role}");
        var result = await admin.SubmitAsync(page, form, cancellationToken: cancellationToken);
        AssertNoValidationErrors(result, "/Admin/Users");
        Assert.Contains(email, result.Html, StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<WebSession> SignInAsync(
        TeachingFileServer server, string email, string password, CancellationToken cancellationToken)
    {
        var session = new WebSession(server.BaseAddress);
        await SignInAsync(session, email, password, cancellationToken);
        return session;
    }

    private static async Task SignInAsync(
        WebSession session, string email, string password, CancellationToken cancellationToken)
    {
        var page = await session.GetOkAsync("/Account/SignIn", cancellationToken);
        var form = page.FormWith("Email", "Password")
            .Set("Email", email)
            .Set("Password", password);
        var result = await session.SubmitAsync(page, form, cancellationToken: cancellationToken);
        AssertNoValidationErrors(result, "/Account/SignIn");
        Assert.DoesNotContain("/Account/SignIn", result.Url.AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }

    private static void SetIfPresent(HtmlForm form, string name, string value)
    {
        if (form.HasField(name))
        {
            form.Set(name, value);
        }
    }

    private static void AssertNoValidationErrors(WebPage page, string what)
    {
        Assert.True(page.StatusCode == System.Net.HttpStatusCode.OK, $"POST {what} ended at {page}:\n{WebSession.Excerpt(page.Html)}");
        Assert.False(
            page.Html.Contains("validation-summary-errors", StringComparison.Ordinal)
                || page.Html.Contains("field-validation-error", StringComparison.Ordinal),
            $"POST {what} returned validation errors:\n{WebSession.Excerpt(page.Html)}");
    }
}
