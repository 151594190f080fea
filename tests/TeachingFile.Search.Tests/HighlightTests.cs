using static TeachingFile.Search.Tests.TempIndex;

namespace TeachingFile.Search.Tests;

public sealed class HighlightTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Snippet_marks_matched_term()
    {
        await _temp.AddAsync(Case(1, "Case", findings: "A thin visceral pleural line at the right apex."));

        var results = await _temp.SearchAsync("pleural");

        Assert.Equal("A thin visceral <mark>pleural</mark> line at the right apex.", results.Hits[0].SnippetHtml);
    }

    // Markdig drops raw HTML from plain text, so the markup reaches the index through a code span
    // and entities, which plain text decodes to literal < and >.
    [Fact]
    public async Task Snippet_encodes_html_in_case_text()
    {
        await _temp.AddAsync(Case(
            1,
            "<script>alert('title')</script>",
            findings: "Nodule `<script>alert(\"xss\")</script>` &amp; &lt;img src=x onerror=alert(1)&gt; end."));

        var results = await _temp.SearchAsync("nodule");
        var snippet = results.Hits[0].SnippetHtml;

        Assert.StartsWith("<mark>Nodule</mark> ", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.Equal(2, snippet.Split('<').Length - 1);
    }

    [Fact]
    public async Task Snippet_without_match_is_encoded_lead()
    {
        await _temp.AddAsync(Case(1, "Case", findings: "`<b>bold</b>` " + new string('x', 300)));

        var results = await _temp.SearchAsync(null);
        var snippet = results.Hits[0].SnippetHtml;

        Assert.StartsWith("&lt;b&gt;bold&lt;/b&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 200, snippet);
    }

    [Fact]
    public async Task Snippet_marks_synonym_of_query()
    {
        await _temp.AddAsync(Case(1, "Case", findings: "Filling defects consistent with pulmonary embolism."));

        var results = await _temp.SearchAsync("PE");

        Assert.Contains("<mark>pulmonary", results.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippet_html_is_escaped_in_fallback_search()
    {
        await _temp.AddAsync(Case(1, "Case", findings: "Nodule &lt;script&gt;x&lt;/script&gt;"));

        var results = await _temp.SearchAsync("nodule (");

        Assert.True(results.FellBackToPlainText);
        Assert.Equal("<mark>Nodule</mark> &lt;script&gt;x&lt;/script&gt;", results.Hits[0].SnippetHtml);
    }
}
