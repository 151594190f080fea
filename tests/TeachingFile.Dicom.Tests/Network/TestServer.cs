using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>A real <see cref="DicomServer"/> on 127.0.0.1 with an ephemeral port and its own spool directory.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    public const string AeTitle = "TEACHFILE";
    public const string KnownCallingAe = "TESTSCU";

    private TestServer(DicomServer server, DicomServerOptions options, RecordingStoreHandler handler, TestLogger<DicomServer> logger)
    {
        Server = server;
        Options = options;
        Handler = handler;
        Logger = logger;
    }

    public DicomServer Server { get; }

    public DicomServerOptions Options { get; }

    public RecordingStoreHandler Handler { get; }

    public TestLogger<DicomServer> Logger { get; }

    public int Port => Server.Port;

    public static async Task<TestServer> StartAsync(
        ITestOutputHelper output, Action<DicomServerOptions>? configure = null, LogLevel minimumLogLevel = LogLevel.Trace)
    {
        var options = new DicomServerOptions
        {
            AeTitle = AeTitle,
            Port = 0,
            SpoolDirectory = Path.Combine(Path.GetTempPath(), "tf-net-tests", Guid.NewGuid().ToString("N")),
            StopTimeout = TimeSpan.FromSeconds(2),
        };
        configure?.Invoke(options);
        var handler = new RecordingStoreHandler();
        var logger = new TestLogger<DicomServer>(output, minimumLogLevel);
        var server = new DicomServer(
            Microsoft.Extensions.Options.Options.Create(options), handler, new AllowListPolicy(KnownCallingAe, "STORESCU", "ECHOSCU"), logger);
        await server.StartAsync(CancellationToken.None);
        return new TestServer(server, options, handler, logger);
    }

    /// <summary>Sends one C-ECHO on a new association with <see cref="DicomClient"/> and returns the status.</summary>
    public Task<DicomStatus> EchoAsync() =>
        new DicomClient(new DicomClientOptions
        {
            Port = Port,
            CallingAeTitle = KnownCallingAe,
            CalledAeTitle = AeTitle,
            Timeout = TimeSpan.FromSeconds(10),
        }).EchoAsync(CancellationToken.None);

    public string[] SpoolFiles() =>
        Directory.Exists(Options.SpoolDirectory) ? Directory.GetFiles(Options.SpoolDirectory) : [];

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (Directory.Exists(Options.SpoolDirectory))
        {
            Directory.Delete(Options.SpoolDirectory, recursive: true);
        }
    }
}
