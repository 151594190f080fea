using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace TeachingFile.Search;

/// <summary>
/// Parses search text with the classic query syntax over the text fields, and falls back to a
/// query of escaped words whenever the syntax is invalid or too costly. No input makes it throw.
/// </summary>
internal sealed class CaseQueryBuilder
{
    /// <summary>Longer text is never given to the parser, which recurses once per nesting level.</summary>
    public const int MaxParsedLength = 1000;

    public const int MaxParenthesisDepth = 16;

    /// <summary>Words kept from the text in the plain-text fallback.</summary>
    public const int MaxFallbackWords = 32;

    private static readonly string[] ParsedFields =
    [
        CaseIndexFields.Title, CaseIndexFields.Diagnosis, CaseIndexFields.Findings,
        CaseIndexFields.History, CaseIndexFields.Discussion, CaseIndexFields.All,
    ];

    private readonly Analyzer _analyzer;

    public CaseQueryBuilder(Analyzer analyzer)
    {
        _analyzer = analyzer;
    }

    public CaseTextQuery Build(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new CaseTextQuery(new MatchAllDocsQuery(), FellBackToPlainText: false, MatchesAll: true);
        }

        if (trimmed == "*")
        {
            return new CaseTextQuery(new MatchAllDocsQuery(), FellBackToPlainText: true, MatchesAll: true);
        }

        if (trimmed.Length <= MaxParsedLength && ParenthesisDepth(trimmed) <= MaxParenthesisDepth)
        {
            var parsed = TryParse(trimmed);
            if (parsed is not null)
            {
                return new CaseTextQuery(parsed, FellBackToPlainText: false, MatchesAll: false);
            }
        }

        return BuildPlainText(trimmed);
    }

    /// <summary>
    /// Searches the words of <paramref name="text"/> with every query operator escaped. Text without
    /// a searchable word (only stop words, punctuation or symbols) matches nothing.
    /// </summary>
    public CaseTextQuery BuildPlainText(string text)
    {
        var limited = text.Length > MaxParsedLength ? text[..MaxParsedLength] : text;
        var spaced = new string(limited.Select(c => IsSeparator(c) ? ' ' : c).ToArray());
        var words = spaced
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxFallbackWords)
            .Select(EscapeWord);
        var escaped = string.Join(' ', words);
        var query = escaped.Length == 0 ? null : TryParse(escaped);
        return new CaseTextQuery(query ?? new BooleanQuery(), FellBackToPlainText: true, MatchesAll: false);
    }

    private Query? TryParse(string text)
    {
        var parser = new MultiFieldQueryParser(RadiologyAnalyzer.Version, ParsedFields, _analyzer, CaseIndexFields.Boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException)
        {
            return null;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // An invalid regular expression (/[/) or fuzzy distance (word~9) is rejected here.
            return null;
        }
    }

    private static string EscapeWord(string word)
    {
        // The operators AND, OR and NOT survive escaping, so they are lowered to plain words.
        if (word is "AND" or "OR" or "NOT")
        {
            return word.ToLowerInvariant();
        }

        return QueryParserBase.Escape(word);
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static int ParenthesisDepth(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                max = Math.Max(max, ++depth);
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return max;
    }
}
