using System.Text;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>Searches bytes and text for values that de-identification must have removed.</summary>
internal static class ForbiddenValueSearch
{
    /// <summary>Returns "value in file" for every value found in any file under <paramref name="directory"/>, as UTF-8 or UTF-16LE.</summary>
    public static async Task<IReadOnlyList<string>> InFilesAsync(
        string directory, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default)
    {
        var patterns = values
            .SelectMany(v => new[] { (Value: v, Bytes: Encoding.UTF8.GetBytes(v)), (Value: v, Bytes: Encoding.Unicode.GetBytes(v)) })
            .ToList();
        var findings = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            foreach (var (value, bytes) in patterns)
            {
                if (content.AsSpan().IndexOf(bytes) >= 0)
                {
                    findings.Add($"'{value}' in {file}");
                }
            }
        }

        return [.. findings.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Returns "value in line" for every value found in any of <paramref name="lines"/>.</summary>
    public static IReadOnlyList<string> InLines(IEnumerable<string> lines, IReadOnlyCollection<string> values, string what)
    {
        var findings = new List<string>();
        foreach (var line in lines)
        {
            foreach (var value in values.Where(v => line.Contains(v, StringComparison.Ordinal)))
            {
                findings.Add($"'{value}' in {what}: {line}");
            }
        }

        return findings;
    }
}
