using System.Text.RegularExpressions;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>dicom3tools' IOD verifier, reduced to the set of its Error lines.</summary>
internal static partial class Dciodvfy
{
    /// <summary>
    /// Returns dciodvfy's Error lines for a file, with element values replaced by a placeholder so
    /// that the same problem in a source file and its de-identified copy compares equal.
    /// </summary>
    public static async Task<IReadOnlySet<string>> ErrorsAsync(string file, CancellationToken cancellationToken = default)
    {
        var result = await ExternalTool.RunAsync("dciodvfy", ["-new", file], TimeSpan.FromMinutes(2), cancellationToken);
        return result.Output
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("Error", StringComparison.Ordinal))
            .Select(line => ValueRegex().Replace(line, " = <value>"))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\s+=\s*<[^>]*>")]
    private static partial Regex ValueRegex();
}
