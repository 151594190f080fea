using System.Text.RegularExpressions;
using TeachingFile.Core.Markdown;

namespace TeachingFile.Web.Help;

/// <summary>
/// The help pages: Markdown files copied from content/help to {app}/content/help at build time,
/// rendered with <see cref="MarkdownRenderer"/>.
/// </summary>
public sealed partial class HelpPageStore
{
    private readonly string _directory = Path.Combine(AppContext.BaseDirectory, "content", "help");

    /// <summary>Lists the slugs of the available pages, sorted.</summary>
    public IReadOnlyList<string> ListSlugs() =>
        Directory.Exists(_directory)
            ? Directory.EnumerateFiles(_directory, "*.md")
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Where(slug => SlugPattern().IsMatch(slug))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Renders one page to safe HTML, or returns null when the slug is invalid or has no file.</summary>
    public async Task<string?> RenderAsync(string slug, CancellationToken cancellationToken)
    {
        if (!SlugPattern().IsMatch(slug))
        {
            return null;
        }

        var path = Path.Combine(_directory, slug + ".md");
        if (!File.Exists(path))
        {
            return null;
        }

        var markdown = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return MarkdownRenderer.ToSafeHtml(markdown);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
