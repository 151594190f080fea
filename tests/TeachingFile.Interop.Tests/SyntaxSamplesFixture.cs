using System.Text.Json;
using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>
/// A server plus one generated instance per accepted transfer syntax (Scripts/syntax_samples.py),
/// in a temporary directory removed afterwards.
/// </summary>
public sealed class SyntaxSamplesFixture : IAsyncLifetime
{
    public const string DcmsendAeTitle = "DCMSEND";
    public const string StorescuAeTitle = "STORESCU";
    public const string OwnClientAeTitle = "OWNSCU";

    private readonly string _directory = Directory.CreateTempSubdirectory("tf-syntax-samples-").FullName;

    internal TeachingFileServer Server { get; private set; } = null!;

    /// <summary>Sample file path by transfer syntax UID; the Extended Offset Table sample is under <see cref="ExtendedOffsetTableKey"/>.</summary>
    public IReadOnlyDictionary<string, string> Samples { get; private set; } = null!;

    public static string ExtendedOffsetTableKey => "eot";

    public async Task InitializeAsync()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Scripts", "syntax_samples.py");
        var result = await ExternalTool.RunAsync(ExternalTool.Python, [script, _directory], TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.True(result.ExitCode == 0, result.ToString());
        Samples = result.StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .ToDictionary(
                line => Path.GetFileNameWithoutExtension(line.GetProperty("path").GetString()!),
                line => line.GetProperty("path").GetString()!,
                StringComparer.Ordinal);
        Server = await TeachingFileServer.StartAsync(new ServerSettings
        {
            Nodes = [.. new[] { DcmsendAeTitle, StorescuAeTitle, OwnClientAeTitle }.Select(title => new DicomNodeSetting(title))],
        });
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
