using System.Diagnostics;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>Runs a DCMTK command-line tool with TCP_NODELAY=1 (Debian's DCMTK leaves Nagle on otherwise).</summary>
internal static class DcmtkTool
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => StandardOutput + StandardError;
    }

    public static async Task<Result> RunAsync(string tool, params string[] arguments)
    {
        var path = FindOnPath(tool)
            ?? throw new InvalidOperationException($"DCMTK tool '{tool}' is not on PATH; install dcmtk (apt-get install dcmtk).");
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TCP_NODELAY"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not exit within 60 s.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
}
