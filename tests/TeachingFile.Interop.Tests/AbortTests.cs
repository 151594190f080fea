using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>An association that ends in the middle of a data set leaves nothing behind.</summary>
public sealed class AbortTests(DicomServerFixture fixture) : IClassFixture<DicomServerFixture>
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    private TeachingFileServer Server => fixture.Server;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Interrupted_store_leaves_no_file_or_row(bool sendAbort)
    {
        var countsBefore = await SqliteDump.RowCountsAsync(Server.DatabasePath);
        var dataSet = RawStoreAssociation.ReadDataSet(TestPaths.TestData("pydicom__CT_small.dcm"));
        var halfEven = dataSet.Length / 4 * 2;

        using (var association = new RawStoreAssociation())
        {
            await association.ConnectAsync(Server.DicomPort, "RAWSCU", Server.AeTitle, CtImageStorage, CancellationToken.None);
            await association.SendPartialStoreAsync(
                CtImageStorage, "1.2.826.0.1.3680043.999.77", dataSet.AsMemory(0, halfEven), CancellationToken.None);
            // Let the server spool what arrived before the connection ends.
            await Task.Delay(500);
            if (sendAbort)
            {
                await association.AbortAsync(CancellationToken.None);
            }
            else
            {
                association.Drop();
            }
        }

        var spooled = await SpoolFilesAfterCleanupAsync();
        Assert.True(spooled.Count == 0, $"Spool files left after the interrupted association: {string.Join(", ", spooled)}");
        Assert.Empty(Server.StoredFiles());
        var countsAfter = await SqliteDump.RowCountsAsync(Server.DatabasePath);
        foreach (var (table, before) in countsBefore)
        {
            Assert.True(before == countsAfter[table], $"Table {table} had {before} rows before the interrupted association and {countsAfter[table]} after.");
        }

        var echo = await Dcmtk.EchoAsync(Server, "ECHOSCU");
        Assert.True(echo.ExitCode == 0, $"The server no longer answers C-ECHO after the interrupted association.\n{echo}");
    }

    /// <summary>Polls tmp/ for up to 10 s, since the server notices a dropped connection asynchronously.</summary>
    private async Task<IReadOnlyList<string>> SpoolFilesAfterCleanupAsync()
    {
        IReadOnlyList<string> files = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            files = Directory.Exists(Server.SpoolDirectory)
                ? [.. Directory.EnumerateFiles(Server.SpoolDirectory, "*", SearchOption.AllDirectories)]
                : [];
            if (files.Count == 0)
            {
                return files;
            }

            await Task.Delay(200);
        }

        return files;
    }
}
