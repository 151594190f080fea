using System.Text.RegularExpressions;
using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>From storescu to a published, searchable case, over DICOM and HTTP only.</summary>
public sealed partial class EndToEndTests(FacultyServerFixture fixture) : IClassFixture<FacultyServerFixture>
{
    private TeachingFileServer Server => fixture.Server;

    [Fact]
    public async Task Sent_study_is_published_and_found()
    {
        var word = "interop" + Guid.NewGuid().ToString("N")[..10].Replace('0', 'q').Replace('1', 'z');
        using var faculty = await ServerAccounts.SignInAsync(Server, FacultyServerFixture.FacultyEmail, fixture.Password, CancellationToken.None);

        var store = await Dcmtk.StoreAsync(Server, "STORESCU", [TestPaths.TestData("pydicom-data__emri_small.dcm")]);
        Assert.True(store.ExitCode == 0, store.ToString());

        var drafts = await faculty.GetOkAsync("/Authoring/Drafts");
        var caseIds = EditLinkRegex().Matches(drafts.Html).Select(m => m.Groups["id"].Value).Distinct().ToList();
        Assert.True(caseIds.Count == 1, $"Expected one draft for {FacultyServerFixture.FacultyEmail}, found {caseIds.Count}:\n{WebSession.Excerpt(drafts.Html)}");
        var caseId = caseIds[0];

        var edit = await ConfirmPixelReviewIfRequiredAsync(faculty, caseId);
        var form = edit.FormWith("Title", "Diagnosis")
            .Set("Title", $"Interop case {word}")
            .Set("Findings", "Findings written by the interop test.")
            .Set("Diagnosis", $"The diagnosis is {word}.");
        var published = await faculty.SubmitAsync(edit, form, "publish");
        Assert.True(published.StatusCode == System.Net.HttpStatusCode.OK, $"Publishing returned {published}:\n{WebSession.Excerpt(published.Html)}");
        Assert.Contains("Published", published.Html, StringComparison.Ordinal);

        using var resident = await ServerAccounts.SignInAsync(Server, FacultyServerFixture.ResidentEmail, fixture.Password, CancellationToken.None);
        var results = await SearchUntilFoundAsync(resident, word, caseId);
        Assert.Contains($"/Cases/Details/{caseId}\"", results.Html, StringComparison.Ordinal);

        var details = await resident.GetOkAsync($"/Cases/Details/{caseId}");
        Assert.Contains(word, details.Html, StringComparison.Ordinal);
    }

    private static async Task<WebPage> ConfirmPixelReviewIfRequiredAsync(WebSession faculty, string caseId)
    {
        var edit = await faculty.GetOkAsync($"/Authoring/Edit/{caseId}");
        var review = edit.Forms.FirstOrDefault(f => f.Buttons.Any(b => b.Text.Contains("pixel review", StringComparison.OrdinalIgnoreCase)));
        if (review is null)
        {
            return edit;
        }

        review.Add("confirmed", "true");
        var confirmed = await faculty.SubmitAsync(edit, review, "pixel review");
        Assert.True(confirmed.StatusCode == System.Net.HttpStatusCode.OK, $"Confirming the pixel review returned {confirmed}");
        return await faculty.GetOkAsync($"/Authoring/Edit/{caseId}");
    }

    /// <summary>Searches for up to 10 s, since the index may commit shortly after publishing.</summary>
    private static async Task<WebPage> SearchUntilFoundAsync(WebSession session, string word, string caseId)
    {
        var page = await session.GetOkAsync($"/Search?q={word}");
        for (var attempt = 0; attempt < 20 && !page.Html.Contains($"/Cases/Details/{caseId}\"", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            page = await session.GetOkAsync($"/Search?q={word}");
        }

        return page;
    }

    [GeneratedRegex(@"/Authoring/Edit/(?<id>[0-9]+)")]
    private static partial Regex EditLinkRegex();
}
