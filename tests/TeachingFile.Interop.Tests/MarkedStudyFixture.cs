using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>
/// Sends a marked CT and MR plus the unmarked originals with storescu, waits for follow-up work,
/// then stops the server so that its log is complete before the tests search it.
/// </summary>
public sealed class MarkedStudyFixture : IAsyncLifetime
{
    private string _workDirectory = string.Empty;

    internal TeachingFileServer Server { get; private set; } = null!;

    internal IReadOnlyList<MarkedFile> MarkedFiles { get; private set; } = [];

    internal IReadOnlyList<string> UnmarkedFiles { get; } =
        [TestPaths.TestData("pydicom__CT_small.dcm"), TestPaths.TestData("pydicom__MR_small.dcm")];

    /// <summary>Every marker and original identifying value, each once, with where it was put.</summary>
    internal IReadOnlyDictionary<string, string> ForbiddenValues { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        _workDirectory = TestPaths.CreateTempDirectory("teachingfile-markers");
        MarkedFiles =
        [
            await MarkedFile.CreateAsync(UnmarkedFiles[0], _workDirectory, seed: 1),
            await MarkedFile.CreateAsync(UnmarkedFiles[1], _workDirectory, seed: 2),
        ];
        ForbiddenValues = CollectForbiddenValues(MarkedFiles);

        Server = await TeachingFileServer.StartAsync(new ServerSettings { Nodes = [new DicomNodeSetting("STORESCU")] });
        var result = await Dcmtk.StoreAsync(Server, "STORESCU", [.. MarkedFiles.Select(f => f.Path), .. UnmarkedFiles]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var acknowledged = result.Output.Split('\n').Count(line => line.Contains("Received Store Response (Success)", StringComparison.Ordinal));
        Assert.True(acknowledged == 4, $"Expected 4 successful C-STORE responses, got {acknowledged}.\n{result}");

        await WaitForFollowUpWorkAsync();
        await Server.StopAsync();
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        Directory.Delete(_workDirectory, recursive: true);
    }

    private static Dictionary<string, string> CollectForbiddenValues(IReadOnlyList<MarkedFile> files)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (value, where) in file.Markers)
            {
                values.TryAdd(value, "marker in " + where);
            }

            foreach (var original in file.Originals)
            {
                values.TryAdd(original, "original value of the unmarked source");
            }
        }

        return values;
    }

    /// <summary>Waits until the database stops changing (tagging and thumbnails run after the association).</summary>
    private async Task WaitForFollowUpWorkAsync()
    {
        var previous = await SqliteDump.RowCountsAsync(Server.DatabasePath);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(500);
            var current = await SqliteDump.RowCountsAsync(Server.DatabasePath);
            if (current.SequenceEqual(previous))
            {
                return;
            }

            previous = current;
        }
    }
}
