namespace TeachingFile.Fuzz;

/// <summary>Runs saved inputs (a crash, a hang, a corpus) through a target once each, outside afl-fuzz.</summary>
internal static class Replay
{
    /// <summary>Returns 0 when every input was accepted or rejected as documented, 1 when one crashed.</summary>
    public static async Task<int> RunAsync(Func<byte[], Task> target, IEnumerable<string> paths)
    {
        var crashes = 0;
        foreach (var file in paths.SelectMany(ExpandPath))
        {
            try
            {
                await target(await File.ReadAllBytesAsync(file));
                Console.WriteLine($"ok    {file}");
            }
#pragma warning disable CA1031 // Any exception that escapes a target is the crash to report.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                crashes++;
                Console.WriteLine($"CRASH {file}");
                Console.WriteLine(ex);
            }
        }

        return crashes == 0 ? 0 : 1;
    }

    private static IEnumerable<string> ExpandPath(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(file => !Path.GetFileName(file).StartsWith('.')).Order(StringComparer.Ordinal)
            : [path];
}
