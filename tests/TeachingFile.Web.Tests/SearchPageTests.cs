using System.Net;
using TeachingFile.Core.Identity;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

public sealed class SearchPageTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    public static TheoryData<string> GarbageQueries => new()
    {
        "?q=",
        "?q=%22unbalanced",
        "?q=(((",
        "?q=*",
        "?q=%3F*wild",
        "?q=title%3A",
        "?q=AND+OR+NOT",
        "?q=a~~~~2",
        "?q=%5B1+TO",
        "?q=%5C",
        "?q=" + new string('x', 5000),
        "?q=%00%01%02",
        "?q=%F0%9F%A6%93+zebra",
        "?q=lung&page=-5",
        "?q=lung&page=abc",
        "?q=lung&page=99999999999",
        "?modality=&bodypart=%3Cscript%3E",
        "?topic=" + new string('t', 300),
        "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "?sex=X&agegroup=%27%3B+DROP+TABLE+Cases",
    };

    [Theory]
    [MemberData(nameof(GarbageQueries))]
    public async Task Search_returns_200_for_any_input(string query)
    {
        var (client, _) = await SignedInAsync();

        var response = await client.GetAsync("/Search" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_links_keep_query_and_filters()
    {
        var (faculty, user) = await factory.SignInNewUserAsync("facet-author@example.org", Roles.Faculty);
        var caseId = await TestCases.AddDraftAsync(factory, user.Id, "Facet case");
        var edit = $"/Authoring/Edit/{caseId}";
        var published = await faculty.PostFormAsync(edit, edit + "?handler=Publish", new Dictionary<string, string>
        {
            ["Input.Title"] = "Quokka consolidation",
            ["Input.Findings"] = "Quokka sign in the right lower lobe.",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var all = await (await faculty.GetAsync("/Search?q=quokka")).Content.ReadAsStringAsync();
        var filtered = await (await faculty.GetAsync("/Search?q=quokka&modality=CT&bodypart=CHEST")).Content.ReadAsStringAsync();
        var excluded = await (await faculty.GetAsync("/Search?q=quokka&modality=MR")).Content.ReadAsStringAsync();

        Assert.Contains("/Search?q=quokka&amp;modality=CT", all, StringComparison.Ordinal);
        Assert.Contains($"/Cases/Details/{caseId}", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Cases/Details/{caseId}", excluded, StringComparison.Ordinal);
    }

    private Task<(HttpClient, Core.Identity.ApplicationUser)> SignedInAsync() =>
        factory.SignInNewUserAsync($"search-{Guid.NewGuid():N}@example.org", Roles.Resident);
}
