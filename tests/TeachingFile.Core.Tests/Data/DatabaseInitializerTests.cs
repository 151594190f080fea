using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Nodes;
using TeachingFile.Core.Tests.Infrastructure;

namespace TeachingFile.Core.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Migrations_apply_on_an_empty_sqlite_database()
    {
        await using var host = await CoreTestHost.StartAsync();

        var applied = await host.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        var pending = await host.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        Assert.True(File.Exists(Path.Combine(host.Root, "teachingfile.db")));
    }

    [Fact]
    public async Task Initialization_sweeps_stray_temp_files()
    {
        await using var host = await CoreTestHost.StartAsync(initialize: false);
        Directory.CreateDirectory(Path.Combine(host.Root, "tmp"));
        var stray = Path.Combine(host.Root, "tmp", "left-by-a-crash.tmp");
        await File.WriteAllTextAsync(stray, "partial");

        await host.Services.GetRequiredService<TeachingFile.Core.Data.DatabaseInitializer>()
            .InitializeAsync(CancellationToken.None);

        Assert.False(File.Exists(stray));
        Assert.True(Directory.Exists(Path.Combine(host.Root, "dicom")));
        Assert.True(Directory.Exists(Path.Combine(host.Root, "index")));
    }

    [Fact]
    public async Task Configured_nodes_are_synchronized_and_page_nodes_kept()
    {
        await using var host = await CoreTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Dicom:Nodes:0:AeTitle"] = "CT_SCANNER_1",
            ["Dicom:Nodes:0:Owner"] = "faculty@example.org",
            ["Dicom:Nodes:1:AeTitle"] = "WORKSTATION",
        });
        await host.WithDbAsync(async db =>
        {
            db.DicomNodes.Add(new DicomNode { AeTitle = "ADDED_ON_PAGE" });
            db.DicomNodes.Add(new DicomNode { AeTitle = "NO_LONGER_CONFIGURED", FromConfiguration = true });
            return await db.SaveChangesAsync();
        });

        await host.Services.GetRequiredService<TeachingFile.Core.Data.DatabaseInitializer>()
            .InitializeAsync(CancellationToken.None);
        var nodes = await host.WithDbAsync(db => db.DicomNodes.OrderBy(n => n.AeTitle).ToListAsync());

        Assert.Equal(["ADDED_ON_PAGE", "CT_SCANNER_1", "WORKSTATION"], nodes.Select(n => n.AeTitle));
        Assert.Equal("faculty@example.org", nodes[1].OwnerEmail);
        Assert.True(nodes[1].FromConfiguration);
        Assert.False(nodes[0].FromConfiguration);
        Assert.Null(nodes[2].OwnerEmail);
    }

    [Fact]
    public async Task DateTimeOffset_columns_sort_as_utc()
    {
        await using var host = await CoreTestHost.StartAsync();
        var later = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var earlier = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await host.WithDbAsync(async db =>
        {
            db.Cases.Add(new TeachingCase { Title = "later", CreatedAt = later, UpdatedAt = later });
            db.Cases.Add(new TeachingCase { Title = "earlier", CreatedAt = earlier, UpdatedAt = earlier });
            return await db.SaveChangesAsync();
        });

        var ordered = await host.WithDbAsync(db => db.Cases.OrderBy(c => c.CreatedAt).ToListAsync());

        Assert.Equal(["later", "earlier"], ordered.Select(c => c.Title));
        Assert.Equal(later, ordered[0].CreatedAt);
        Assert.Equal(TimeSpan.Zero, ordered[0].CreatedAt.Offset);
    }

    [Fact]
    public async Task Sqlite_database_commits_through_fsynced_wal()
    {
        await using var host = await CoreTestHost.StartAsync();

        var journalMode = await host.WithDbAsync(db => ReadPragmaAsync(db, "journal_mode"));
        var synchronous = await host.WithDbAsync(db => ReadPragmaAsync(db, "synchronous"));

        Assert.Equal("wal", journalMode);
        Assert.Equal("2", synchronous); // FULL: every commit fsyncs the -wal file.
    }

    private static async Task<string> ReadPragmaAsync(TeachingFile.Core.Data.TeachingFileDbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
