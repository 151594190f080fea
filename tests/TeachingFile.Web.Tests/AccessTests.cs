using System.Net;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

public sealed class AccessTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Search?q=lung")]
    [InlineData("/Authoring/Drafts")]
    [InlineData("/Admin/Users")]
    [InlineData("/Help")]
    public async Task Anonymous_is_redirected_to_sign_in(string path)
    {
        var client = factory.CreateBrowser();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_is_open_to_anonymous()
    {
        var response = await factory.CreateBrowser().GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Resident_cannot_open_authoring_or_admin()
    {
        var (client, _) = await factory.SignInNewUserAsync("resident-access@example.org", Roles.Resident);

        var drafts = await client.GetAsync("/Authoring/Drafts");
        var users = await client.GetAsync("/Admin/Users");
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, drafts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Faculty_cannot_edit_another_authors_draft()
    {
        var owner = await factory.CreateUserAsync("owner-access@example.org", Roles.Faculty);
        var (other, _) = await factory.SignInNewUserAsync("other-access@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, owner.Id, "Owner's draft");

        var edit = await other.GetAsync($"/Authoring/Edit/{caseId}");
        var details = await other.GetAsync($"/Cases/Details/{caseId}");

        Assert.True(edit.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
        Assert.True(details.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_out_form_in_layout_ends_session()
    {
        var (client, _) = await factory.SignInNewUserAsync("sign-out@example.org", Roles.Resident);

        var response = await client.PostFormAsync("/", "/Account/SignOut", new Dictionary<string, string>());
        var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/SignIn", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_does_not_sign_in()
    {
        await factory.CreateUserAsync("wrong-password@example.org", Roles.Resident);
        var client = factory.CreateBrowser();

        var response = await client.PostFormAsync(
            "/Account/SignIn",
            "/Account/SignIn",
            new Dictionary<string, string>
            {
                ["Input.Email"] = "wrong-password@example.org",
                ["Input.Password"] = "not the password at all",
            });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_rejected()
    {
        var client = factory.CreateBrowser();

        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.Email"] = "x@example.org", ["Input.Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_locks_account_after_repeated_failures()
    {
        await factory.CreateUserAsync("lockout@example.org", Roles.Resident);
        var client = factory.CreateBrowser();
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = "lockout@example.org",
            ["Input.Password"] = "not the password at all",
        };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", fields);
        }

        fields["Input.Password"] = TeachingFileFactory.Password;
        var response = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
