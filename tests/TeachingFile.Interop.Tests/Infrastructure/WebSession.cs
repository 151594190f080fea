using System.Net;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// A browser-like HTTP client for one user: it keeps the authentication and antiforgery cookies,
/// follows redirects and posts forms with the hidden fields the server rendered.
/// </summary>
internal sealed class WebSession : IDisposable
{
    private readonly HttpClient _client;

    public WebSession(Uri baseAddress)
    {
        var handler = new HttpClientHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = true,
            UseCookies = true,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<WebPage> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return await ToPageAsync(response, cancellationToken);
    }

    /// <summary>Gets a page and fails unless the status is 200 OK.</summary>
    public async Task<WebPage> GetOkAsync(string path, CancellationToken cancellationToken = default)
    {
        var page = await GetAsync(path, cancellationToken);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {path} returned {page}:\n{Excerpt(page.Html)}");
        return page;
    }

    /// <summary>Posts <paramref name="form"/> as found on <paramref name="page"/>, following the redirect after it.</summary>
    public async Task<WebPage> SubmitAsync(WebPage page, HtmlForm form, CancellationToken cancellationToken = default)
    {
        var target = string.IsNullOrEmpty(form.Action) ? page.Url : new Uri(page.Url, form.Action);
        using var content = form.ToContent();
        using var response = await _client.PostAsync(target, content, cancellationToken);
        return await ToPageAsync(response, cancellationToken);
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The start of a page for failure messages; enough to see an error without the whole layout.</summary>
    public static string Excerpt(string html) => html.Length <= 4000 ? html : html[..4000] + "…";

    private static async Task<WebPage> ToPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var url = response.RequestMessage?.RequestUri
            ?? throw new InvalidOperationException("The HTTP response has no request URI.");
        return new WebPage(url, response.StatusCode, html);
    }
}
