using System.Text.Json;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// A copy of a sample with a marker in every attribute the default de-identification must not keep,
/// made by Scripts/inject_markers.py (pydicom) from the PS3.15 Table E.1-1 rows in TestData.
/// </summary>
internal sealed class MarkedFile
{
    private MarkedFile(string path, IReadOnlyList<(string Value, string Where)> markers, IReadOnlyList<string> originals, IReadOnlyList<string> skipped)
    {
        Path = path;
        Markers = markers;
        Originals = originals;
        Skipped = skipped;
    }

    public string Path { get; }

    /// <summary>Marker values with the attribute each was put in; one value may sit in many attributes.</summary>
    public IReadOnlyList<(string Value, string Where)> Markers { get; }

    /// <summary>Names, IDs, dates and UIDs of the unmarked source that must not survive either.</summary>
    public IReadOnlyList<string> Originals { get; }

    /// <summary>Table attributes that got no marker because their VR cannot carry a searchable one.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Writes the marked copy of <paramref name="source"/> into <paramref name="directory"/>; <paramref name="seed"/> is one digit that keeps markers of different files apart.</summary>
    public static async Task<MarkedFile> CreateAsync(string source, string directory, int seed, CancellationToken cancellationToken = default)
    {
        var output = System.IO.Path.Combine(directory, "marked-" + System.IO.Path.GetFileName(source));
        var result = await ExternalTool.RunAsync(
            ExternalTool.Python,
            [
                System.IO.Path.Combine(AppContext.BaseDirectory, "Scripts", "inject_markers.py"),
                source,
                output,
                TestPaths.TestData("ps315-annex-e-default-options.json"),
                seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ],
            TimeSpan.FromMinutes(2),
            cancellationToken);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        var markers = root.GetProperty("markers").EnumerateArray()
            .Select(m => (m.GetProperty("value").GetString()!, m.GetProperty("where").GetString()!))
            .ToList();
        var originals = root.GetProperty("originals").EnumerateArray().Select(v => v.GetString()!).ToList();
        var skipped = root.GetProperty("skipped").EnumerateArray().Select(v => v.GetString()!).ToList();
        return new MarkedFile(output, markers, originals, skipped);
    }
}
