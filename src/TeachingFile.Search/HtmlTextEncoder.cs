using System.Net;
using Lucene.Net.Search.Highlight;

namespace TeachingFile.Search;

/// <summary>HTML-encodes the text around highlighted terms, so a snippet is safe to render raw.</summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
