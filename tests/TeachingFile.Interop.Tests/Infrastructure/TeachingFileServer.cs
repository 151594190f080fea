using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// The real TeachingFile.Web server started as a child process (`dotnet TeachingFile.Web.dll`) with
/// a fresh data root and free loopback ports. Every line it writes to stdout or stderr is kept in
/// <see cref="LogLines"/> and in <see cref="LogFilePath"/>, so tests can assert what it logged.
/// </summary>
internal sealed class TeachingFileServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _logLines = new();
    private readonly StreamWriter _logFile;
    private readonly Lock _logFileLock = new();
    private readonly bool _ownsWorkDirectory;
    private bool _stopped;
    private bool _logFileClosed;

    private TeachingFileServer(ServerSettings settings, string workDirectory, bool ownsWorkDirectory)
    {
        Settings = settings;
        WorkDirectory = workDirectory;
        _ownsWorkDirectory = ownsWorkDirectory;
        StorageRoot = Path.Combine(workDirectory, "data");
        LogFilePath = Path.Combine(workDirectory, "server.log");
        HttpPort = FreeTcpPort.Pick();
        DicomPort = FreeTcpPort.Pick();
        Directory.CreateDirectory(StorageRoot);
        _logFile = new StreamWriter(LogFilePath, append: true) { AutoFlush = true };
        _process = new Process { StartInfo = CreateStartInfo() };
        _process.OutputDataReceived += (_, e) => AppendLog(e.Data);
        _process.ErrorDataReceived += (_, e) => AppendLog(e.Data);
    }

    public ServerSettings Settings { get; }

    public string AeTitle => Settings.AeTitle;

    /// <summary>Temporary directory of this server: the data root and the log file.</summary>
    public string WorkDirectory { get; }

    public string StorageRoot { get; }

    public string LogFilePath { get; }

    public int HttpPort { get; }

    public int DicomPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    public string DatabasePath => Path.Combine(StorageRoot, "teachingfile.db");

    public string DicomStoreDirectory => Path.Combine(StorageRoot, "dicom");

    public string SpoolDirectory => Path.Combine(StorageRoot, "tmp");

    public IReadOnlyList<string> LogLines => [.. _logLines];

    public int ProcessId => _process.Id;

    public static Task<TeachingFileServer> StartAsync(ServerSettings settings, CancellationToken cancellationToken = default) =>
        StartAsync(settings, TestPaths.CreateTempDirectory("teachingfile-interop"), ownsWorkDirectory: true, cancellationToken);

    /// <summary>
    /// Starts a server on the data root under <paramref name="workDirectory"/>, which an earlier
    /// server may have used, so a test can restart on the same data. Disposing the server leaves
    /// the directory to the caller. The server.log there is appended to.
    /// </summary>
    public static Task<TeachingFileServer> StartInAsync(
        ServerSettings settings, string workDirectory, CancellationToken cancellationToken = default) =>
        StartAsync(settings, workDirectory, ownsWorkDirectory: false, cancellationToken);

    private static async Task<TeachingFileServer> StartAsync(
        ServerSettings settings, string workDirectory, bool ownsWorkDirectory, CancellationToken cancellationToken)
    {
        Assert.True(
            File.Exists(TestPaths.WebAssemblyPath),
            $"The server build {TestPaths.WebAssemblyPath} is missing; build the solution (dotnet build TeachingFile.sln) in the same configuration as the tests.");

        var server = new TeachingFileServer(settings, workDirectory, ownsWorkDirectory);
        try
        {
            server._process.Start();
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();
            await server.WaitUntilListeningAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every stored Part 10 file under dicom/.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(DicomStoreDirectory)
            ? [.. Directory.EnumerateFiles(DicomStoreDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Sends SIGTERM and waits for a clean shutdown, then kills the process if it is still running.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (!HasExited())
        {
            await SendTerminateSignalAsync();
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                AppendLog($"[fixture] server {ProcessId} did not stop within {StopTimeout.TotalSeconds} s of SIGTERM; killing it");
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Sends SIGKILL to the server process (by PID, not to its process tree) and waits for it to
    /// exit. Fails if a child process of the server is still running afterwards, because a
    /// surviving child could keep writing to the data root.
    /// </summary>
    public async Task KillAsync()
    {
        _stopped = true;
        var children = ChildProcessIds(ProcessId);
        AppendLog($"[fixture] sending SIGKILL to server {ProcessId}");
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync(CancellationToken.None);
        var survivors = children.Where(id => Directory.Exists($"/proc/{id}")).ToList();
        Assert.True(
            survivors.Count == 0,
            $"Child processes {string.Join(", ", survivors)} of the killed server {ProcessId} are still running.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            _process.Dispose();
            lock (_logFileLock)
            {
                _logFileClosed = true;
                _logFile.Dispose();
            }

            if (_ownsWorkDirectory && Environment.GetEnvironmentVariable("TEACHINGFILE_KEEP_TEST_DATA") != "1")
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
        }
    }

    private ProcessStartInfo CreateStartInfo()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.WebOutputDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(TestPaths.WebAssemblyPath);

        var environment = startInfo.Environment;
        environment.Remove("ASPNETCORE_URLS");
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["Urls"] = BaseAddress.ToString().TrimEnd('/');
        environment["Dicom__AeTitle"] = Settings.AeTitle;
        environment["Dicom__Port"] = DicomPort.ToString(CultureInfo.InvariantCulture);
        environment["Dicom__BindAddress"] = "127.0.0.1";
        environment["Storage__Root"] = StorageRoot;
        environment["Database__Provider"] = "Sqlite";
        environment["Logging__LogLevel__Default"] = "Information";
        // Debug lines of our own code are searched for PHI too, so they are on.
        environment["Logging__LogLevel__TeachingFile"] = "Debug";
        environment["Logging__Console__DisableColors"] = "true";
        for (var i = 0; i < Settings.Nodes.Count; i++)
        {
            environment[$"Dicom__Nodes__{i}__AeTitle"] = Settings.Nodes[i].AeTitle;
            if (Settings.Nodes[i].OwnerEmail is { } owner)
            {
                environment[$"Dicom__Nodes__{i}__Owner"] = owner;
            }
        }

        foreach (var (key, value) in Settings.Environment)
        {
            environment[key] = value;
        }

        return startInfo;
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartTimeout)
        {
            if (HasExited())
            {
                Assert.Fail($"The server exited with code {_process.ExitCode} during start-up. Its log:\n{string.Join('\n', LogLines)}");
            }

            if (await FreeTcpPort.AcceptsConnectionsAsync(HttpPort, cancellationToken)
                && await FreeTcpPort.AcceptsConnectionsAsync(DicomPort, cancellationToken))
            {
                return;
            }

            await Task.Delay(200, cancellationToken);
        }

        Assert.Fail($"The server did not listen on HTTP port {HttpPort} and DICOM port {DicomPort} within {StartTimeout.TotalSeconds} s. Its log:\n{string.Join('\n', LogLines)}");
    }

    private async Task SendTerminateSignalAsync()
    {
        // By PID: the child we started, nothing else.
        using var kill = Process.Start("kill", ["-TERM", ProcessId.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(CancellationToken.None);
    }

    // Linux lists a process's children in /proc/<pid>/task/<tid>/children (kernel 4.2 and later,
    // CONFIG_PROC_CHILDREN); elsewhere the list is empty.
    private static List<int> ChildProcessIds(int processId)
    {
        var tasks = $"/proc/{processId}/task";
        if (!Directory.Exists(tasks))
        {
            return [];
        }

        var children = new List<int>();
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            var path = Path.Combine(task, "children");
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The thread has ended, or the kernel keeps no children lists: nothing to report.
                continue;
            }

            children.AddRange(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => int.Parse(id, CultureInfo.InvariantCulture)));
        }

        return children;
    }

    private bool HasExited()
    {
        try
        {
            return _process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private void AppendLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        _logLines.Enqueue(line);
        lock (_logFileLock)
        {
            if (!_logFileClosed)
            {
                _logFile.WriteLine(line);
            }
        }
    }
}
