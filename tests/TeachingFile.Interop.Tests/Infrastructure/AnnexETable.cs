using System.Text.Json;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>The PS3.15 Table E.1-1 rows in TestData, read the same way Scripts/inject_markers.py reads them.</summary>
internal static class AnnexETable
{
    private static readonly string[] DefaultOptionColumns =
        ["retainPatientCharacteristicsOption", "retainLongitudinalModifiedDatesOption", "cleanDescriptorsOption"];

    /// <summary>
    /// Returns the tags, as written in the table, of rows whose action under TeachingFile's default
    /// options is not K. Command (0000) and File Meta (0002) rows and the private-attribute row are
    /// left out because a sent data set cannot carry them.
    /// </summary>
    public static IReadOnlyList<string> RowsNotKeptByDefault()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.TestData("ps315-annex-e-default-options.json")));
        var tags = new List<string>();
        foreach (var row in json.RootElement.GetProperty("rows").EnumerateArray())
        {
            var tag = row.GetProperty("tag").GetString()!;
            if (tag.StartsWith("(0000,", StringComparison.Ordinal) || tag.StartsWith("(0002,", StringComparison.Ordinal)
                || tag.Contains("GGGG", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var action = DefaultOptionColumns
                .Select(column => row.GetProperty(column).GetString())
                .FirstOrDefault(value => !string.IsNullOrEmpty(value))
                ?? row.GetProperty("basicProfile").GetString();
            if (action != "K")
            {
                tags.Add(tag);
            }
        }

        return tags;
    }
}
