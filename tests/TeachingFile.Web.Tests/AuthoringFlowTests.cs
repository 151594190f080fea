using System.Net;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

public sealed class AuthoringFlowTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    [Fact]
    public async Task Draft_is_edited_published_and_found_by_search()
    {
        var (faculty, user) = await factory.SignInNewUserAsync("author-flow@example.org", Roles.Faculty);
        var (resident, _) = await factory.SignInNewUserAsync("reader-flow@example.org", Roles.Resident);
        var caseId = await TestCases.AddDraftAsync(factory, user.Id, string.Empty);

        var drafts = await (await faculty.GetAsync("/Authoring/Drafts")).Content.ReadAsStringAsync();
        Assert.Contains($"/Authoring/Edit/{caseId}", drafts, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/Cases/Details/{caseId}")).StatusCode);

        var edit = $"/Authoring/Edit/{caseId}";
        var published = await faculty.PostFormAsync(edit, edit + "?handler=Publish", EditFields(await VersionAsync(faculty, edit)));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(CaseStatus.Published, await StatusAsync(caseId));

        var page = await resident.GetAsync($"/Cases/Details/{caseId}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Zebrafish pneumonitis", html, StringComparison.Ordinal);
        Assert.Contains("<strong>air bronchograms</strong>", html, StringComparison.Ordinal);

        var search = await resident.GetAsync("/Search?q=zebrafish");
        var results = await search.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains($"/Cases/Details/{caseId}", results, StringComparison.Ordinal);

        var unpublished = await faculty.PostFormAsync(edit, edit + "?handler=Unpublish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        var after = await (await resident.GetAsync("/Search?q=zebrafish")).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"/Cases/Details/{caseId}", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_without_title_shows_the_reason()
    {
        var (faculty, user) = await factory.SignInNewUserAsync("no-title@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, user.Id, string.Empty);
        var edit = $"/Authoring/Edit/{caseId}";
        var fields = EditFields(await VersionAsync(faculty, edit));
        fields["Input.Title"] = string.Empty;

        var response = await faculty.PostFormAsync(edit, edit + "?handler=Publish", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Add a title before publishing.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Draft, await StatusAsync(caseId));
    }

    [Fact]
    public async Task Publish_waits_for_pixel_review()
    {
        var (faculty, user) = await factory.SignInNewUserAsync("pixel-review@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, user.Id, "Ultrasound case", pixelReview: true);
        var edit = $"/Authoring/Edit/{caseId}";

        var rejected = await faculty.PostFormAsync(edit, edit + "?handler=Publish", EditFields(await VersionAsync(faculty, edit)));
        Assert.Contains("Pixel review is pending", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Draft, await StatusAsync(caseId));

        var confirmed = await faculty.PostFormAsync(edit, edit + "?handler=ConfirmReview",
            new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var published = await faculty.PostFormAsync(edit, edit + "?handler=Publish", EditFields(await VersionAsync(faculty, edit)));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(CaseStatus.Published, await StatusAsync(caseId));
    }

    [Fact]
    public async Task Claim_moves_inbox_case_to_my_drafts()
    {
        var (faculty, user) = await factory.SignInNewUserAsync("claimer@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, ownerId: null, "Inbox case");

        var response = await faculty.PostFormAsync(
            "/Authoring/Drafts", $"/Authoring/Drafts?handler=Claim&id={caseId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(user.Id, await factory.WithDbAsync(async db => (await db.Cases.FindAsync(caseId))!.OwnerId));
    }

    [Fact]
    public async Task Preview_returns_sanitized_html()
    {
        var (faculty, user) = await factory.SignInNewUserAsync("preview@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, user.Id, "Preview case");
        var edit = $"/Authoring/Edit/{caseId}";

        var response = await faculty.PostFormAsync(edit, edit + "?handler=Preview",
            new Dictionary<string, string> { ["markdown"] = "**bold**<script>alert(1)</script>" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stale_save_is_rejected()
    {
        var (faculty, user) = await factory.SignInNewUserAsync("stale@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, user.Id, "Original");
        var edit = $"/Authoring/Edit/{caseId}";
        var version = await VersionAsync(faculty, edit);

        var first = await faculty.PostFormAsync(edit, edit + "?handler=Save", EditFields(version));
        var second = await faculty.PostFormAsync(edit, edit + "?handler=Save", EditFields(version));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Someone saved this case after you opened it", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> EditFields(string version) => new()
    {
        ["Input.Version"] = version,
        ["Input.Title"] = "Zebrafish pneumonitis",
        ["Input.History"] = "Cough for two weeks.",
        ["Input.Findings"] = "Consolidation with **air bronchograms**.",
        ["Input.Diagnosis"] = "Pneumonia.",
        ["Input.Discussion"] = "A made-up title keeps the search assertion unambiguous.",
    };

    private static async Task<string> VersionAsync(HttpClient client, string editPath)
    {
        var html = await (await client.GetAsync(editPath)).Content.ReadAsStringAsync();
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Version\" value=\"(\\d+)\"");
        Assert.True(match.Success, "The edit form has no Input.Version field.");
        return match.Groups[1].Value;
    }

    private Task<CaseStatus> StatusAsync(int caseId) =>
        factory.WithDbAsync(async db => (await db.Cases.FindAsync(caseId))!.Status);
}
