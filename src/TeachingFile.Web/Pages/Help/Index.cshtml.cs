using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TeachingFile.Web.Help;

namespace TeachingFile.Web.Pages.Help;

/// <summary>/Help lists the help pages; /Help/{slug} renders one.</summary>
public sealed class IndexModel(HelpPageStore store) : PageModel
{
    public IReadOnlyList<string> Slugs { get; private set; } = [];

    public string? Html { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (slug is null)
        {
            Slugs = store.ListSlugs();
            return Page();
        }

        Html = await store.RenderAsync(slug, cancellationToken);
        return Html is null ? NotFound() : Page();
    }
}
