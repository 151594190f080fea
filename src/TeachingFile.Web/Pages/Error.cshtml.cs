using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TeachingFile.Web.Pages;

/// <summary>Shown for unhandled exceptions and for 403/404/other status codes (re-executed).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is no page at this address, or it is not yours to see."),
            403 => ("Access denied", "Your role does not allow this page. Ask an administrator if you need it."),
            400 => ("Bad request", "The request could not be processed. Reload the page and try again."),
            null => ("Something went wrong",
                "The server failed to complete the request. Request id: " +
                (Activity.Current?.Id ?? HttpContext.TraceIdentifier)),
            _ => ("Error " + code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "The request could not be completed."),
        };
    }
}
