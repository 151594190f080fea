using System.Net;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>A fetched page: where the server ended up after redirects, its status and its HTML.</summary>
internal sealed record WebPage(Uri Url, HttpStatusCode StatusCode, string Html)
{
    public IReadOnlyList<HtmlForm> Forms => HtmlForm.ParseAll(Html);

    /// <summary>The first form that has every named field, or a failure listing the forms the page has.</summary>
    public HtmlForm FormWith(params string[] fieldNames)
    {
        var form = Forms.FirstOrDefault(f => fieldNames.All(f.HasField));
        if (form is null)
        {
            var described = string.Join("; ", Forms.Select(f => $"action '{f.Action}': {string.Join(", ", f.FieldNames)}"));
            Assert.Fail($"{Url} has no form with fields {string.Join(", ", fieldNames)}. Its forms: {described}");
        }

        return form;
    }

    public override string ToString() => $"{(int)StatusCode} {Url}";
}
