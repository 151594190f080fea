using System.ComponentModel;
using System.Diagnostics;

namespace TeachingFile.Dicom.Tests.Support;

/// <summary>Runs DCMTK and dicom3tools; a missing tool fails the test.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{executable} is required by this test but could not be run: {ex.Message}", ex);
        }

        using (process)
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return new Result(process.ExitCode, await output, await error);
        }
    }
}
