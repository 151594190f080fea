using System.Net;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Cases;
using TeachingFile.Web.Tests.Infrastructure;

namespace TeachingFile.Web.Tests;

public sealed class SetupDemoTests(TeachingFileFactory factory) : IClassFixture<TeachingFileFactory>
{
    [Fact]
    public async Task Setup_loads_demo_content_when_asked()
    {
        var client = factory.CreateBrowser();
        var form = await (await client.GetAsync("/Setup")).Content.ReadAsStringAsync();
        Assert.Matches("<input[^>]*checked=\"checked\"[^>]*name=\"Input.LoadDemoContent\"|<input[^>]*name=\"Input.LoadDemoContent\"[^>]*checked", form);
        var token = (await File.ReadAllTextAsync(Path.Combine(factory.StorageRoot, "setup-token"))).Trim();

        var response = await client.PostFormAsync("/Setup", "/Setup", new Dictionary<string, string>
        {
            ["Input.Token"] = token,
            ["Input.Email"] = "demo-admin@example.org",
            ["Input.DisplayName"] = "Demo administrator",
            ["Input.Password"] = TeachingFileFactory.Password,
            ["Input.ConfirmPassword"] = TeachingFileFactory.Password,
            ["Input.LoadDemoContent"] = "true",
        });
        var home = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        var published = await factory.WithDbAsync(db => db.Cases.CountAsync(c => c.Status == CaseStatus.Published));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(published > 0, "Setup published no demo case.");
        Assert.Contains($"Loaded {published} published demo cases.", home, StringComparison.Ordinal);
        Assert.Contains("/Cases/Details/", home, StringComparison.Ordinal);
    }
}
