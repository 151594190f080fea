using System.Text.RegularExpressions;
using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>C-STORE from DCMTK's storescu and dcmsend, checked with dcmdump, dciodvfy, pydicom and the database.</summary>
public sealed partial class StoreTests(DicomServerFixture fixture) : IClassFixture<DicomServerFixture>
{
    private TeachingFileServer Server => fixture.Server;

    [Fact]
    public async Task Storescu_samples_are_all_acknowledged()
    {
        var files = SampleFiles.Uncompressed;

        var result = await Dcmtk.StoreAsync(Server, "STORESCU", files);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(files.Count, SuccessResponseRegex().Matches(result.Output).Count);
        await StoredInstances.MatchAsync(Server, files);
    }

    /// <summary>
    /// dcmsend's default proposal adds the uncompressed syntaxes after a lossless file's own, and
    /// the SCP picks the lossless one, so every sample, lossy or lossless, is stored as sent.
    /// </summary>
    [Fact]
    public async Task Dcmsend_default_proposal_keeps_each_syntax()
    {
        var files = SampleFiles.Compressed;

        var result = await Dcmtk.SendAsync(Server, "DCMSEND", files.Values);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"with status SUCCESS  : {files.Count}", result.Output, StringComparison.Ordinal);
        foreach (var (source, stored) in await StoredInstances.MatchAsync(Server, [.. files.Values]))
        {
            var name = Path.GetFileName(source.Path);
            Assert.True(source.TransferSyntax == stored.TransferSyntax, $"{name}: sent in {source.TransferSyntax}, stored as {stored.TransferSyntax}");
            Assert.True(source.ItemSha256!.SequenceEqual(stored.ItemSha256!), $"{name}: encapsulated items differ after storing");
        }
    }

    [Fact]
    public async Task Dcmsend_compressed_syntax_is_kept_bit_for_bit()
    {
        var files = SampleFiles.Compressed;

        var result = await Dcmtk.SendAsync(Server, "DCMSEND", files.Values, ownSyntaxOnly: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"with status SUCCESS  : {files.Count}", result.Output, StringComparison.Ordinal);
        foreach (var (source, stored) in await StoredInstances.MatchAsync(Server, [.. files.Values]))
        {
            var name = Path.GetFileName(source.Path);
            Assert.True(source.TransferSyntax == stored.TransferSyntax, $"{name}: sent in {source.TransferSyntax}, stored as {stored.TransferSyntax}");
            Assert.True(stored.Encapsulated, $"{name}: stored Pixel Data is not encapsulated");
            Assert.True(source.ItemSha256!.SequenceEqual(stored.ItemSha256!), $"{name}: encapsulated items differ after storing");
            Assert.True(source.PixelSha256 == stored.PixelSha256, $"{name}: Pixel Data bytes differ after storing");
        }
    }

    [Fact]
    public async Task Stored_files_are_read_by_dcmdump_without_error()
    {
        await SendAllSamplesAsync();

        var storedFiles = Server.StoredFiles();

        Assert.NotEmpty(storedFiles);
        foreach (var file in storedFiles)
        {
            var dump = await Dcmtk.DumpAsync(file);
            Assert.True(dump.ExitCode == 0, dump.ToString());
            Assert.DoesNotContain("E: ", dump.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("W: ", dump.StandardError, StringComparison.Ordinal);
            Assert.Contains("(0008,0016)", dump.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dciodvfy_reports_no_new_errors_in_stored_files()
    {
        await SendAllSamplesAsync();
        var sources = SampleFiles.Uncompressed.Concat(SampleFiles.Compressed.Values).ToList();

        var pairs = await StoredInstances.MatchAsync(Server, sources);

        foreach (var (source, stored) in pairs)
        {
            var sourceErrors = await Dciodvfy.ErrorsAsync(source.Path);
            var storedErrors = await Dciodvfy.ErrorsAsync(stored.Path);
            var newErrors = storedErrors.Except(sourceErrors).ToList();
            Assert.True(
                newErrors.Count == 0,
                $"dciodvfy finds errors in the stored copy {stored.Path} of {Path.GetFileName(source.Path)} that the source does not have:\n{string.Join('\n', newErrors)}");
        }
    }

    [Fact]
    public async Task Resend_does_not_duplicate_database_rows()
    {
        var file = TestPaths.TestData("pydicom__CT_small.dcm");
        var first = await Dcmtk.StoreAsync(Server, "STORESCU", [file]);
        Assert.True(first.ExitCode == 0, first.ToString());
        var filesBefore = Server.StoredFiles();
        var countsBefore = await SettledRowCountsAsync();

        var second = await Dcmtk.StoreAsync(Server, "STORESCU", [file]);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Single(SuccessResponseRegex().Matches(second.Output));
        var countsAfter = await SettledRowCountsAsync();
        foreach (var (table, before) in countsBefore)
        {
            Assert.True(before == countsAfter[table], $"Table {table} had {before} rows before the resend and {countsAfter[table]} after.");
        }

        Assert.Equal(filesBefore, Server.StoredFiles());
    }

    private async Task SendAllSamplesAsync()
    {
        var stored = await Dcmtk.StoreAsync(Server, "STORESCU", SampleFiles.Uncompressed);
        Assert.True(stored.ExitCode == 0, stored.ToString());
        var sent = await Dcmtk.SendAsync(Server, "DCMSEND", SampleFiles.Compressed.Values, ownSyntaxOnly: true);
        Assert.True(sent.ExitCode == 0, sent.ToString());
    }

    /// <summary>
    /// Row counts once they stay the same for three readings 500 ms apart, since tagging runs after
    /// the association ends and can lag on a busy machine.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, long>> SettledRowCountsAsync()
    {
        var previous = await SqliteDump.RowCountsAsync(Server.DatabasePath);
        var unchanged = 0;
        for (var attempt = 0; attempt < 40 && unchanged < 3; attempt++)
        {
            await Task.Delay(500);
            var current = await SqliteDump.RowCountsAsync(Server.DatabasePath);
            unchanged = current.SequenceEqual(previous) ? unchanged + 1 : 0;
            previous = current;
        }

        return previous;
    }

    [GeneratedRegex(@"Received Store Response \(Success\)")]
    private static partial Regex SuccessResponseRegex();
}
