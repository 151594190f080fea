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

    /// <summary>
    /// Posts <paramref name="form"/> as found on <paramref name="page"/> and follows the redirect after
    /// it. With <paramref name="buttonText"/>, the post goes where the button with that text sends it.
    /// </summary>
    public async Task<WebPage> SubmitAsync(
        WebPage page, HtmlForm form, string? buttonText = null, CancellationToken cancellationToken = default)
    {
        var action = form.Action;
        var fields = new List<KeyValuePair<string, string>>(form.Fields);
        if (buttonText is not null)
        {
            var button = form.Buttons.FirstOrDefault(b => b.Text.Contains(buttonText, StringComparison.OrdinalIgnoreCase));
            Assert.True(
                button is not null,
                $"The form on {page.Url} has no button '{buttonText}'. Its buttons: {string.Join(", ", form.Buttons.Select(b => b.Text))}");
            action = button.FormAction ?? action;
            if (button.Name is not null)
            {
                fields.Add(new(button.Name, button.Value ?? string.Empty));
            }
        }

        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        using var content = new FormUrlEncodedContent(fields);
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
