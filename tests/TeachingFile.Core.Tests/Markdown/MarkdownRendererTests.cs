using TeachingFile.Core.Markdown;

namespace TeachingFile.Core.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Renders_emphasis_lists_and_tables()
    {
        var html = MarkdownRenderer.ToSafeHtml("**bold** ~~gone~~\n\n- one\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<del>gone</del>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("before\n\n<script>alert(1)</script>\n\nafter", "alert(1)")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<img src=x onerror=\"alert(1)\">", "onerror")]
    [InlineData("![x](x \"t\")<img src=\"a.png\" onload=\"alert(1)\">", "onload")]
    [InlineData("<iframe src=\"https://example.org/\"></iframe>", "<iframe")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>", "style")]
    [InlineData("<form action=\"https://example.org/\"><input name=\"q\"></form>", "<form")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data:")]
    public void Strips_active_content(string markdown, string forbidden)
    {
        var html = MarkdownRenderer.ToSafeHtml(markdown);

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Keeps_safe_links_and_marks_them_noopener()
    {
        var html = MarkdownRenderer.ToSafeHtml("[Radiopaedia](https://radiopaedia.org/)");

        Assert.Contains("href=\"https://radiopaedia.org/\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n")]
    public void Blank_input_renders_as_empty_string(string? markdown)
    {
        Assert.Equal(string.Empty, MarkdownRenderer.ToSafeHtml(markdown));
    }
}
