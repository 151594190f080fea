using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>
/// No marker value or original identifying value of the sent files may reach disk, the database or
/// the log. The markers sit in every PS3.15 Table E.1-1 attribute that the default profile does not
/// keep, at top level, in items of removed, kept and private sequences, and in private elements.
/// Times of day (TM) count as kept, because the Modified Dates option shifts dates by whole days.
/// </summary>
public sealed class DeidentificationMarkerTests(MarkedStudyFixture fixture) : IClassFixture<MarkedStudyFixture>
{
    [Fact]
    public void Marked_files_cover_every_attribute_not_kept()
    {
        var rows = AnnexETable.RowsNotKeptByDefault();
        Assert.True(rows.Count > 600, $"Only {rows.Count} Table E.1-1 rows are not kept; the table in TestData looks truncated.");

        foreach (var file in fixture.MarkedFiles)
        {
            var uncovered = rows
                .Where(tag => !file.Markers.Any(m => m.Where.StartsWith(tag + " ", StringComparison.Ordinal)))
                .Where(tag => !file.Skipped.Any(s => s.StartsWith(tag + " ", StringComparison.Ordinal)))
                .ToList();
            Assert.True(uncovered.Count == 0, $"{file.Path} has no marker for {string.Join(", ", uncovered)}");
            var unexpectedSkips = file.Skipped
                .Where(s => !s.EndsWith("(time of day, kept by the whole-day date shift)", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(["(0016,0075) GPSAltitudeRef (VR US cannot carry a searchable marker)"], unexpectedSkips);
            Assert.NotEmpty(file.Originals);
        }
    }

    [Fact]
    public async Task Stored_files_contain_no_marker_or_original()
    {
        var storedFiles = fixture.Server.StoredFiles();
        Assert.Equal(4, storedFiles.Count);

        var findings = await ForbiddenValueSearch.InFilesAsync(fixture.Server.StorageRoot, [.. fixture.ForbiddenValues.Keys]);

        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public async Task Database_rows_contain_no_marker_or_original()
    {
        var rows = await SqliteDump.AllRowsAsync(fixture.Server.DatabasePath);
        Assert.NotEmpty(rows);

        var findings = ForbiddenValueSearch.InLines(rows, [.. fixture.ForbiddenValues.Keys], "database row");

        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public void Log_lines_contain_no_marker_or_original()
    {
        var lines = fixture.Server.LogLines;
        Assert.NotEmpty(lines);

        var findings = ForbiddenValueSearch.InLines(lines, [.. fixture.ForbiddenValues.Keys], "log line");

        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public async Task Stored_files_record_identity_removal_and_methods()
    {
        foreach (var file in fixture.Server.StoredFiles())
        {
            var dump = await Dcmtk.DumpAsync(file);
            Assert.True(dump.ExitCode == 0, dump.ToString());
            var output = dump.StandardOutput;

            Assert.Contains("(0012,0062) CS [YES]", output, StringComparison.Ordinal);
            Assert.Contains("(0012,0064) SQ", output, StringComparison.Ordinal);
            // CID 7050 codes: Basic profile, Retain Patient Characteristics, Modified Dates, Clean Descriptors.
            foreach (var code in new[] { "113100", "113108", "113107", "113105" })
            {
                Assert.True(output.Contains($"(0008,0100) SH [{code}]", StringComparison.Ordinal), $"{file} lacks method code {code}:\n{output}");
            }
        }
    }

    private string Describe(IReadOnlyList<string> findings) =>
        $"{findings.Count} leaks:\n" + string.Join(
            '\n',
            findings.Take(200).Select(f => f + " — " + fixture.ForbiddenValues.First(v => f.StartsWith($"'{v.Key}'", StringComparison.Ordinal)).Value));
}
