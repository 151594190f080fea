using System.Diagnostics;
using System.Globalization;
using TeachingFile.Dicom.Network;
using TeachingFile.Interop.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TeachingFile.Interop.Tests;

/// <summary>
/// Kills the real server with SIGKILL at seeded random points while a study is being sent,
/// restarts it on the same data root and resends what was not acknowledged. After every restart
/// and at the end it checks that every instance acknowledged with Success is stored once and indexed, that
/// every stored file is complete and that tmp/ is empty.
/// </summary>
/// <remarks>
/// SIGKILL ends the process, not the machine: data the server wrote before the kill stays in the
/// kernel's page cache and reaches the disk later. The test therefore proves the ordering (temp
/// file, rename, commit, then Success), SQLite's rollback of a half-done transaction and the
/// start-up sweeps. It does not prove that fsync makes the data survive a power loss.
/// </remarks>
public sealed class DurabilityTests(ITestOutputHelper output)
{
    private const int KillCycles = 8;
    private const int SenderWorkers = 2;
    private const string CallingAeTitle = "STORESCU";
    private const string AdminEmail = "admin@durability.test";
    private const string FacultyEmail = "faculty@durability.test";

    /// <summary>Environment variable that replays a run: set it to the seed a failed run printed.</summary>
    private const string SeedVariable = "TEACHINGFILE_DURABILITY_SEED";

    private static readonly TimeSpan SendEndTimeout = TimeSpan.FromSeconds(30);

    private static readonly ServerSettings Settings = new()
    {
        Nodes = [new DicomNodeSetting(CallingAeTitle, FacultyEmail)],
    };

    [Fact]
    public async Task Killed_server_keeps_every_acknowledged_instance()
    {
        var seed = ReadSeed();
        output.WriteLine($"Seed {seed}; replay with {SeedVariable}={seed}.");
        var random = new Random(seed);
        var workDirectory = TestPaths.CreateTempDirectory("teachingfile-durability");
        var studyDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "study")).FullName;
        var instances = await GeneratedStudy.WriteAsync(studyDirectory, CancellationToken.None);
        output.WriteLine($"{instances.Count} instances, {instances.Sum(i => i.FileLength) / 1_000_000.0:F1} MB, in {workDirectory}");
        var acknowledged = new Dictionary<int, GeneratedInstance>();

        await SetUpAccountsAsync(workDirectory);
        for (var cycle = 1; cycle <= KillCycles; cycle++)
        {
            var starting = Stopwatch.StartNew();
            var server = await TeachingFileServer.StartInAsync(Settings, workDirectory);
            output.WriteLine($"Start {cycle}: listening after {starting.ElapsedMilliseconds} ms.");
            await using (server)
            {
                await CheckRecoveredAsync(server, instances, acknowledged.Values, $"start {cycle}");
                var pending = Shuffle(instances.Where(i => !acknowledged.ContainsKey(i.Index)), random);
                var sent = await SendAndKillAsync(server, pending, KillCycles - cycle + 1, random);
                foreach (var instance in sent.Acknowledged)
                {
                    acknowledged[instance.Index] = instance;
                }

                output.WriteLine(
                    $"Cycle {cycle}: {sent.Acknowledged.Count} of {pending.Count} acknowledged, {sent.ConnectionErrors.Count} "
                    + $"sends cut by the kill, {acknowledged.Count} acknowledged in all.");
                foreach (var error in sent.ConnectionErrors)
                {
                    output.WriteLine($"  send ended: {error}");
                }

                Assert.True(sent.Failures.Count == 0, $"Cycle {cycle}: responses other than Success: {string.Join("; ", sent.Failures)}");
            }
        }

        var final = await TeachingFileServer.StartInAsync(Settings, workDirectory);
        await using (final)
        {
            await CheckRecoveredAsync(final, instances, acknowledged.Values, "final start");
            var remaining = instances.Where(i => !acknowledged.ContainsKey(i.Index)).ToList();
            var sender = new InstanceSender(ClientOptions(final), SenderWorkers);
            await sender.SendAsync(remaining, CancellationToken.None);
            Assert.True(sender.Failures.Count == 0, $"Final send: responses other than Success: {string.Join("; ", sender.Failures)}");
            Assert.True(
                sender.ConnectionErrors.Count == 0,
                $"Final send: network errors without a kill: {string.Join("; ", sender.ConnectionErrors)}");
            await final.StopAsync();
        }

        await CheckFinalStateAsync(Path.Combine(workDirectory, "data"), instances);
        DeleteUnlessKept(workDirectory);
    }

    private static int ReadSeed() =>
        Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : Random.Shared.Next();

    private static List<GeneratedInstance> Shuffle(IEnumerable<GeneratedInstance> instances, Random random)
    {
        var list = instances.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }

    private static DicomClientOptions ClientOptions(TeachingFileServer server) => new()
    {
        Host = "127.0.0.1",
        Port = server.DicomPort,
        CallingAeTitle = CallingAeTitle,
        CalledAeTitle = server.AeTitle,
        Timeout = TimeSpan.FromSeconds(10),
    };

    private static async Task SetUpAccountsAsync(string workDirectory)
    {
        var server = await TeachingFileServer.StartInAsync(Settings, workDirectory);
        await using (server)
        {
            var password = ServerAccounts.NewPassword();
            using var admin = await ServerAccounts.SetUpAdminAsync(
                server, AdminEmail, password, CancellationToken.None, loadDemoContent: false);
            await ServerAccounts.CreateUserAsync(admin, FacultyEmail, password, "Faculty", CancellationToken.None);
            await server.StopAsync();
        }
    }

    /// <summary>
    /// Sends <paramref name="pending"/>, waits for a random number of acknowledgements and kills the
    /// server at a random point after that: up to 40 ms later, or once a spool or temp file appears
    /// in tmp/, so that the kill lands while an instance is received or written. Returns
    /// the sender once every worker has seen the connection end.
    /// </summary>
    private async Task<InstanceSender> SendAndKillAsync(
        TeachingFileServer server, IReadOnlyList<GeneratedInstance> pending, int cyclesLeft, Random random)
    {
        var sender = new InstanceSender(ClientOptions(server), SenderWorkers);
        var sending = sender.SendAsync(pending, CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();
        var count = random.Next(0, Math.Max(1, 2 * pending.Count / (cyclesLeft + 1)));
        var midWrite = random.Next(2) == 0;
        var extra = random.Next(0, 40);
        await sender.WhenAcknowledgedAsync(count);
        if (midWrite)
        {
            await WaitForTempFileAsync(server.SpoolDirectory, sending);
        }
        else
        {
            await Task.Delay(extra);
        }

        var trigger = midWrite ? "a file appeared under tmp/" : $"{extra} ms";
        output.WriteLine(
            $"SIGKILL after {count} acknowledgements and {trigger} ({stopwatch.ElapsedMilliseconds} ms, sending finished: {sending.IsCompleted}).");
        await server.KillAsync();
        await sending.WaitAsync(SendEndTimeout);
        return sender;
    }

    // Spool files and the temp files of instances being written are directly in tmp/. Ingest markers
    // in tmp/ingest/ outlive the write, so they are not looked at. A spool file of a small instance
    // exists for a few milliseconds only, hence the short poll.
    private static async Task WaitForTempFileAsync(string spoolDirectory, Task sending)
    {
        while (!sending.IsCompleted && !Directory.EnumerateFiles(spoolDirectory).Any())
        {
            await Task.Delay(1);
        }
    }

    /// <summary>
    /// Checks a restarted server: tmp/ swept, C-ECHO returning Success, every acknowledged instance stored
    /// and indexed, every row pointing at a complete file of the instance it names.
    /// </summary>
    private async Task CheckRecoveredAsync(
        TeachingFileServer server, IReadOnlyList<GeneratedInstance> instances, IEnumerable<GeneratedInstance> acknowledged,
        string when)
    {
        var echo = await new DicomClient(ClientOptions(server)).EchoAsync(CancellationToken.None);
        Assert.True(echo.IsSuccess, $"{when}: C-ECHO returned {echo}.");

        var snapshot = await DataRootSnapshot.TakeAsync(server.StorageRoot, instances, CancellationToken.None);
        Assert.True(snapshot.TempFiles.Count == 0, $"{when}: files left under tmp/: {string.Join(", ", snapshot.TempFiles)}");
        AssertRowsPointAtCompleteFiles(snapshot, when);
        AssertEachStoredOnce(snapshot, acknowledged, when);
        var orphans = snapshot.StoredFiles.Except(snapshot.Rows.Select(r => r.RelativePath), StringComparer.Ordinal).ToList();
        Assert.True(orphans.Count == 0, $"{when}: files under dicom/ without an Instances row: {string.Join(", ", orphans)}");
        output.WriteLine($"{when}: {snapshot.Rows.Count} rows, {snapshot.StoredFiles.Count} files, tmp/ empty, C-ECHO Success.");
    }

    private static void AssertRowsPointAtCompleteFiles(DataRootSnapshot snapshot, string when)
    {
        foreach (var (path, content) in snapshot.Contents)
        {
            Assert.True(content.Error is null, $"{when}: stored file {path} does not parse: {content.Error}");
            Assert.True(content.Source is not null, $"{when}: stored file {path} holds Pixel Data of no generated instance.");
        }

        foreach (var row in snapshot.Rows)
        {
            Assert.True(snapshot.Contents.TryGetValue(row.RelativePath, out var content), $"{when}: Instances row {row.SopInstanceUid} points at missing file {row.RelativePath}.");
            Assert.True(
                content.SopInstanceUid == row.SopInstanceUid,
                $"{when}: file {row.RelativePath} has SOP Instance UID {content.SopInstanceUid}, its row {row.SopInstanceUid}.");
        }
    }

    private static void AssertEachStoredOnce(DataRootSnapshot snapshot, IEnumerable<GeneratedInstance> acknowledged, string when)
    {
        var rowsBySource = snapshot.Rows.GroupBy(r => snapshot.Contents[r.RelativePath].Source!.Index).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (index, rows) in rowsBySource)
        {
            Assert.True(rows.Count == 1, $"{when}: instance {index} has {rows.Count} Instances rows: {string.Join(", ", rows.Select(r => r.RelativePath))}");
        }

        foreach (var instance in acknowledged)
        {
            Assert.True(
                rowsBySource.ContainsKey(instance.Index),
                $"{when}: {instance.Name} was acknowledged with Success but has no Instances row and stored file.");
        }
    }

    private async Task CheckFinalStateAsync(string storageRoot, IReadOnlyList<GeneratedInstance> instances)
    {
        var snapshot = await DataRootSnapshot.TakeAsync(storageRoot, instances, CancellationToken.None);
        Assert.True(snapshot.TempFiles.Count == 0, $"After the clean stop, files under tmp/: {string.Join(", ", snapshot.TempFiles)}");
        AssertRowsPointAtCompleteFiles(snapshot, "after the clean stop");
        AssertEachStoredOnce(snapshot, instances, "after the clean stop");
        Assert.Equal(instances.Count, snapshot.Rows.Count);
        Assert.Equal(instances.Count, snapshot.StoredFiles.Count);
        Assert.Equal(snapshot.StoredFiles, snapshot.Rows.Select(r => r.RelativePath).Order(StringComparer.Ordinal));
        foreach (var row in snapshot.Rows)
        {
            var length = new FileInfo(Path.Combine(storageRoot, "dicom", row.RelativePath)).Length;
            Assert.True(row.FileSize == length, $"Row of {row.RelativePath} records {row.FileSize} bytes, the file has {length}.");
        }

        await AssertDcmdumpReadsAllAsync(Path.Combine(storageRoot, "dicom"), snapshot.StoredFiles);
        await AssertCaseIndexedAsync(Path.Combine(storageRoot, "teachingfile.db"), snapshot);
        await AssertJournalSurvivesKillAsync(Path.Combine(storageRoot, "teachingfile.db"));
    }

    /// <summary>
    /// Checks that the database keeps its journal in a file. EF Core (Microsoft.EntityFrameworkCore.Sqlite
    /// 10.0.15) creates SQLite databases in WAL mode, which the file records. A killed writer then leaves a WAL or rollback journal that the
    /// next connection uses to drop the half-done transaction. With the MEMORY or OFF journal modes a
    /// kill during a commit can corrupt the database.
    /// </summary>
    private async Task AssertJournalSurvivesKillAsync(string databasePath)
    {
        var journalMode = Assert.Single(await SqliteDump.QueryAsync(databasePath, "PRAGMA journal_mode"))[0];
        output.WriteLine($"SQLite journal_mode: {journalMode}");
        Assert.Contains(journalMode, new[] { "wal", "delete", "truncate", "persist" });
    }

    // One dcmdump run for all files: it prints each file's elements and exits non-zero if any file fails.
    private static async Task AssertDcmdumpReadsAllAsync(string dicomRoot, IReadOnlyList<string> storedFiles)
    {
        var paths = storedFiles.Select(relativePath => Path.Combine(dicomRoot, relativePath)).ToList();
        var dump = await ExternalTool.RunAsync("dcmdump", ["-q", "+L", .. paths], TimeSpan.FromMinutes(2));

        Assert.True(dump.ExitCode == 0, dump.ToString());
        Assert.DoesNotContain("E: ", dump.StandardError, StringComparison.Ordinal);
        Assert.Equal(paths.Count, CountOccurrences(dump.StandardOutput, "(7fe0,0010)"));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Checks the rows the case pages read: one study, its series, one draft of the faculty user, and its tags.</summary>
    private async Task AssertCaseIndexedAsync(string databasePath, DataRootSnapshot snapshot)
    {
        Assert.Single(snapshot.Rows.Select(r => r.StudyInstanceUid).Distinct());
        Assert.Equal(GeneratedStudy.SeriesCount, snapshot.Rows.Select(r => r.SeriesInstanceUid).Distinct().Count());
        var caseId = Assert.Single(snapshot.Rows.Select(r => r.CaseId).Distinct());

        var cases = await SqliteDump.QueryAsync(databasePath, """
            SELECT c.Id, c.Status, u.NormalizedEmail FROM Cases c LEFT JOIN AspNetUsers u ON u.Id = c.OwnerId
            """);
        var draft = Assert.Single(cases);
        Assert.Equal([caseId, "0", FacultyEmail.ToUpperInvariant()], draft);
        var counts = await SqliteDump.RowCountsAsync(databasePath);
        Assert.Equal(1, counts["Studies"]);
        Assert.Equal(GeneratedStudy.SeriesCount, counts["Series"]);

        var tags = (await SqliteDump.QueryAsync(databasePath, $"SELECT Kind, Value, IsAutomatic FROM CaseTags WHERE CaseId = {caseId}"))
            .Select(t => string.Join(' ', t))
            .ToList();
        output.WriteLine($"Case {caseId} tags: {string.Join(", ", tags)}");
        Assert.Contains("0 CT 1", tags);
        Assert.Contains("1 CHEST 1", tags);
    }

    private static void DeleteUnlessKept(string workDirectory)
    {
        if (Environment.GetEnvironmentVariable("TEACHINGFILE_KEEP_TEST_DATA") != "1")
        {
            Directory.Delete(workDirectory, recursive: true);
        }
    }
}
