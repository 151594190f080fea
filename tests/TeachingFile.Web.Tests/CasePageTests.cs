using System.Net;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

public sealed class CasePageTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    [Fact]
    public async Task Case_page_strips_script_from_markdown()
    {
        var (client, user) = await factory.SignInNewUserAsync("xss-author@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, user.Id, "XSS case");
        await factory.WithDbAsync(async db =>
        {
            var teachingCase = (await db.Cases.FindAsync(caseId))!;
            teachingCase.History = "<script>alert('h')</script>\n\n[x](javascript:alert(1))";
            teachingCase.Findings = "<img src=x onerror=\"alert(2)\">";
            teachingCase.Discussion = "<iframe src=\"https://example.org/\"></iframe>\n\n**kept**";
            teachingCase.Status = CaseStatus.Published;
            return await db.SaveChangesAsync();
        });

        var html = await (await client.GetAsync($"/Cases/Details/{caseId}")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.Contains("<strong>kept</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compressed_image_shows_placeholder()
    {
        var (client, user) = await factory.SignInNewUserAsync("j2k-author@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(
            factory, user.Id, "JPEG 2000 case", transferSyntaxUid: "1.2.840.10008.1.2.4.90");

        var response = await client.GetAsync($"/Cases/Details/{caseId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Compressed image (JPEG 2000 Image Compression (Lossless Only))", html, StringComparison.Ordinal);
        Assert.Contains("CT CHEST", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_page_renders_markdown()
    {
        var (client, _) = await factory.SignInNewUserAsync("help-reader@example.org", Roles.Resident);

        var page = await client.GetAsync("/Help/authoring");
        var missing = await client.GetAsync("/Help/no-such-page");
        var traversal = await client.GetAsync("/Help/..%2F..%2Fappsettings");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }
}
