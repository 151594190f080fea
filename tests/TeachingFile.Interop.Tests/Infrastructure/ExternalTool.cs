using System.Diagnostics;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// Runs DCMTK, dicom3tools and python3 as child processes. A missing tool fails the test with the
/// package to install. DCMTK runs with TCP_NODELAY=1 because Debian's build leaves Nagle's
/// algorithm on, which adds about 40 ms to every PDU exchange.
/// </summary>
internal static class ExternalTool
{
    private static readonly Dictionary<string, string> PackageOfTool = new(StringComparer.Ordinal)
    {
        ["echoscu"] = "dcmtk",
        ["storescu"] = "dcmtk",
        ["dcmsend"] = "dcmtk",
        ["dcmdump"] = "dcmtk",
        ["dcmodify"] = "dcmtk",
        ["dciodvfy"] = "dicom3tools",
        ["python3"] = "python3 python3-pydicom",
    };

    /// <summary>Python with pydicom from Debian's python3-pydicom, not whatever python3 is first on PATH.</summary>
    public const string Python = "/usr/bin/python3";

    public static string Locate(string tool)
    {
        if (Path.IsPathRooted(tool))
        {
            Assert.True(File.Exists(tool), $"{tool} is missing; install it with `apt-get install {Package(tool)}`.");
            return tool;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"{tool} was not found on PATH; install it with `apt-get install {Package(tool)}`.");
        return tool;
    }

    public static async Task<ToolResult> RunAsync(
        string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var process = Start(tool, arguments);
        var commandLine = tool + " " + string.Join(' ', process.StartInfo.ArgumentList);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{commandLine}` timed out after {timeout.TotalSeconds} s.");
        }

        return new ToolResult(commandLine, process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a tool with redirected output; the caller owns (and must end) the process.</summary>
    public static Process Start(string tool, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(Locate(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["TCP_NODELAY"] = "1";
        return Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Process.Start returned null for {tool}.");
    }

    private static string Package(string tool) =>
        PackageOfTool.GetValueOrDefault(Path.GetFileName(tool), "the package that provides it");
}
