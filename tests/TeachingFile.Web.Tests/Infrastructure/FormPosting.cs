using System.Net;
using System.Text.RegularExpressions;

namespace TeachingFile.Web.Tests.Infrastructure;

/// <summary>Posts forms the way a browser does: GET the page, take its antiforgery token, POST.</summary>
public static partial class FormPosting
{
    /// <summary>Reads the antiforgery token from the first form on the page.</summary>
    public static string ReadAntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no __RequestVerificationToken field.");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Loads <paramref name="formPage"/>, then posts <paramref name="fields"/> with its token to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var page = await client.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.IsSuccessStatusCode, $"GET {formPage} returned {(int)page.StatusCode}.");

        var content = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = ReadAntiforgeryToken(html),
        };
        return await client.PostAsync(action, new FormUrlEncodedContent(content));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
