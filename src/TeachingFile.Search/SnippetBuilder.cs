using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace TeachingFile.Search;

/// <summary>
/// Cuts an HTML snippet from a hit's stored plain text: matched terms are wrapped in &lt;mark&gt;
/// and every other character is HTML-encoded.
/// </summary>
internal sealed class SnippetBuilder
{
    public const int FragmentSize = 160;
    private const int MaxFragments = 2;
    private const string FragmentSeparator = " … ";

    private readonly Analyzer _analyzer;
    private readonly SimpleHTMLFormatter _formatter = new("<mark>", "</mark>");

    /// <param name="analyzer">The index-time analyzer, so a synonym match is highlighted too.</param>
    public SnippetBuilder(Analyzer analyzer)
    {
        _analyzer = analyzer;
    }

    /// <summary>Builds the snippet; <paramref name="query"/> is null when nothing is to be highlighted.</summary>
    public string Build(Query? query, Document document)
    {
        if (query is not null)
        {
            foreach (var field in CaseIndexFields.Snippet)
            {
                var highlighted = Highlight(query, field, document.Get(field, CultureInfo.InvariantCulture));
                if (!string.IsNullOrEmpty(highlighted))
                {
                    return highlighted;
                }
            }
        }

        return Leading(document);
    }

    private string? Highlight(Query query, string field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(_formatter, HtmlTextEncoder.Instance, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        try
        {
            using var tokens = _analyzer.GetTokenStream(field, text);
            return highlighter.GetBestFragments(tokens, text, MaxFragments, FragmentSeparator);
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null;
        }
    }

    private static string Leading(Document document)
    {
        var text = CaseIndexFields.Snippet
            .Where(field => field != CaseIndexFields.Title)
            .Select(field => document.Get(field, CultureInfo.InvariantCulture))
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)) ?? string.Empty;
        if (text.Length > FragmentSize)
        {
            var cut = text.LastIndexOf(' ', FragmentSize);
            text = string.Concat(text.AsSpan(0, cut > 0 ? cut : FragmentSize), "…");
        }

        return HtmlTextEncoder.Instance.EncodeText(text);
    }
}
