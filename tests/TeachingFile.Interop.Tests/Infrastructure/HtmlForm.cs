using System.Net;
using System.Text.RegularExpressions;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// One &lt;form&gt; of a server-rendered page, parsed with regular expressions. That is enough for
/// the forms our Razor Pages render (inputs, textareas, selects, buttons, the antiforgery token) but
/// not for general HTML.
/// </summary>
internal sealed partial class HtmlForm
{
    private HtmlForm(string action, string method, List<KeyValuePair<string, string>> fields, IReadOnlyList<HtmlButton> buttons, string html)
    {
        Action = action;
        Method = method;
        Fields = fields;
        Buttons = buttons;
        Html = html;
    }

    /// <summary>The action attribute, HTML-decoded; empty means the page's own URL.</summary>
    public string Action { get; }

    public string Method { get; }

    /// <summary>Successful controls in document order with their default values, as a browser would post them.</summary>
    public List<KeyValuePair<string, string>> Fields { get; }

    /// <summary>Submit buttons; a button's formaction (an ASP.NET page handler) overrides the form's action.</summary>
    public IReadOnlyList<HtmlButton> Buttons { get; }

    public string Html { get; }

    public IEnumerable<string> FieldNames => Fields.Select(f => f.Key).Distinct(StringComparer.Ordinal);

    public static IReadOnlyList<HtmlForm> ParseAll(string html) =>
        [.. FormRegex().Matches(html).Select(m => Parse(m.Groups["open"].Value, m.Groups["body"].Value))];

    /// <summary>
    /// Sets a field: <paramref name="name"/> is the exact field name or its last dotted part
    /// (so "Email" matches "Input.Email"). Fails when the form has no such field.
    /// </summary>
    public HtmlForm Set(string name, string value)
    {
        var fieldName = ResolveName(name);
        Fields.RemoveAll(f => f.Key == fieldName);
        Fields.Add(new(fieldName, value));
        return this;
    }

    /// <summary>Adds a field the page did not render with a value, such as an unchecked checkbox.</summary>
    public HtmlForm Add(string name, string value)
    {
        Fields.Add(new(name, value));
        return this;
    }

    /// <summary>Sets a checkbox the way a browser posts a checked box (its value, then ASP.NET's hidden "false").</summary>
    public HtmlForm Check(string name)
    {
        var fieldName = ResolveName(name);
        Fields.RemoveAll(f => f.Key == fieldName);
        Fields.Add(new(fieldName, "true"));
        return this;
    }

    public bool HasField(string name) => TryResolveName(name) is not null;

    private string ResolveName(string name) =>
        TryResolveName(name)
        ?? throw new InvalidOperationException(
            $"The form posting to '{Action}' has no field '{name}'. Its fields: {string.Join(", ", FieldNames)}.");

    private string? TryResolveName(string name) =>
        FieldNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
        ?? FieldNames.FirstOrDefault(n => n.EndsWith("." + name, StringComparison.OrdinalIgnoreCase));

    private static HtmlForm Parse(string openTag, string body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match control in ControlRegex().Matches(body))
        {
            AddControl(fields, control);
        }

        var buttons = ButtonRegex().Matches(body)
            .Select(b => new HtmlButton(
                WebUtility.HtmlDecode(TagRegex().Replace(b.Groups["text"].Value, string.Empty)).Trim(),
                Attribute(b.Groups["attributes"].Value, "formaction") is { } formAction ? WebUtility.HtmlDecode(formAction) : null,
                Attribute(b.Groups["attributes"].Value, "name"),
                Attribute(b.Groups["attributes"].Value, "value")))
            .ToList();
        var action = WebUtility.HtmlDecode(Attribute(openTag, "action") ?? string.Empty);
        var method = Attribute(openTag, "method") ?? "get";
        return new HtmlForm(action, method, fields, buttons, body);
    }

    private static void AddControl(List<KeyValuePair<string, string>> fields, Match control)
    {
        var tag = control.Groups["tag"].Value.ToLowerInvariant();
        var attributes = control.Groups["attributes"].Value;
        var name = Attribute(attributes, "name");
        if (name is null || HasFlag(attributes, "disabled"))
        {
            return;
        }

        switch (tag)
        {
            case "input":
                var type = (Attribute(attributes, "type") ?? "text").ToLowerInvariant();
                if (type is "submit" or "button" or "image" or "reset" or "file")
                {
                    return;
                }

                if (type is "checkbox" or "radio" && !HasFlag(attributes, "checked"))
                {
                    return;
                }

                fields.Add(new(name, WebUtility.HtmlDecode(Attribute(attributes, "value") ?? (type == "checkbox" ? "on" : string.Empty))));
                break;
            case "textarea":
                fields.Add(new(name, WebUtility.HtmlDecode(control.Groups["content"].Value).TrimStart('\n')));
                break;
            case "select":
                var options = OptionRegex().Matches(control.Groups["content"].Value);
                var selected = options.FirstOrDefault(o => HasFlag(o.Groups["attributes"].Value, "selected")) ?? options.FirstOrDefault();
                if (selected is not null)
                {
                    var value = Attribute(selected.Groups["attributes"].Value, "value") ?? selected.Groups["text"].Value.Trim();
                    fields.Add(new(name, WebUtility.HtmlDecode(value)));
                }

                break;
        }
    }

    private static string? Attribute(string attributes, string name)
    {
        foreach (Match attribute in AttributeRegex().Matches(attributes))
        {
            if (string.Equals(attribute.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Groups["value"].Success ? attribute.Groups["value"].Value : string.Empty;
            }
        }

        return null;
    }

    private static bool HasFlag(string attributes, string name) => Attribute(attributes, name) is not null;

    [GeneratedRegex(@"<form(?<open>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormRegex();

    [GeneratedRegex(@"<(?<tag>input|textarea|select)\b(?<attributes>[^>]*)>(?:(?<content>.*?)</\k<tag>>)?", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ControlRegex();

    [GeneratedRegex(@"<button\b(?<attributes>[^>]*)>(?<text>.*?)</button>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ButtonRegex();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"<option\b(?<attributes>[^>]*)>(?<text>[^<]*)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OptionRegex();

    [GeneratedRegex(@"(?<name>[\w:.\-\[\]]+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+)))?", RegexOptions.Singleline)]
    private static partial Regex AttributeRegex();
}
