using System.Text;
using TeachingFile.Core.Authoring;

namespace TeachingFile.Core.Demo;

/// <summary>
/// Reads the text of a demo case from content/demo/&lt;key&gt;.md, built into this assembly: a "# Title"
/// line and the sections "## History", "## Findings", "## Diagnosis" and "## Discussion".
/// </summary>
public static class DemoCaseText
{
    private static readonly string[] Sections = ["History", "Findings", "Diagnosis", "Discussion"];

    /// <summary>Loads the text of the study <paramref name="key"/> (a <see cref="SyntheticStudyGenerator"/> constant).</summary>
    public static CaseText Load(string key)
    {
        var name = $"TeachingFile.Core.Demo.{key}.md";
        using var stream = typeof(DemoCaseText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Demo case text {name} is missing from the build: add content/demo/{key}.md.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), key + ".md");
    }

    /// <summary>Splits the Markdown into a title and the four sections; <paramref name="source"/> names it in errors.</summary>
    public static CaseText Parse(string markdown, string source)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string? title = null;
        var sections = new Dictionary<string, StringBuilder>(StringComparer.OrdinalIgnoreCase);
        StringBuilder? current = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (title is null && line.StartsWith("# ", StringComparison.Ordinal))
            {
                title = line[2..].Trim();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = new StringBuilder();
                sections[line[3..].Trim()] = current;
            }
            else
            {
                current?.Append(line).Append('\n');
            }
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new InvalidDataException($"Demo case {source} has no '# Title' line.");
        }

        var missing = Sections.Where(section => !sections.ContainsKey(section)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"Demo case {source} is missing the sections {string.Join(", ", missing)}.");
        }

        string Text(string section) => sections[section].ToString().Trim();
        return new CaseText(title, Text("History"), Text("Findings"), Text("Diagnosis"), Text("Discussion"));
    }
}
