using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>One server per test class that accepts DCMTK's default calling AE titles, without owners.</summary>
public sealed class DicomServerFixture : IAsyncLifetime
{
    public static readonly string[] CallingAeTitles = ["ECHOSCU", "STORESCU", "DCMSEND", "RAWSCU"];

    internal TeachingFileServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TeachingFileServer.StartAsync(new ServerSettings
        {
            Nodes = [.. CallingAeTitles.Select(title => new DicomNodeSetting(title))],
        });
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
