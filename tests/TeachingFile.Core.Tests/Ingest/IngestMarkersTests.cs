using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;
using TeachingFile.Core.Ingest;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Tests.Ingest;

/// <summary>
/// Start-up recovery of ingests cut off by a killed process, simulated by stores whose association
/// never closes and by markers written without a row.
/// </summary>
public sealed class IngestMarkersTests
{
    [Fact]
    public async Task Start_up_deletes_marked_file_without_row()
    {
        await using var context = await IngestTestContext.StartAsync();
        const string relativePath = "1.2.3/1.2.3.4/1.2.3.4.5.dcm";
        var filePath = Path.Combine(context.Host.Root, "dicom", "1.2.3", "1.2.3.4", "1.2.3.4.5.dcm");
        Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
        await File.WriteAllTextAsync(filePath, "renamed into place, row never committed");
        var markers = context.Host.Services.GetRequiredService<IngestMarkers>();
        var marker = markers.CreateMarkerPath();
        markers.Mark(marker, relativePath);

        await InitializeAsync(context);

        Assert.False(File.Exists(filePath), "The marked file without an Instances row is still in dicom/.");
        Assert.False(File.Exists(marker), "The marker is still under tmp/.");
        Assert.Contains(context.Host.Logs.Entries, e => e.EventId.Id == 3003 && e.Message.Contains(relativePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_up_tags_case_of_unclosed_association()
    {
        await using var context = await IngestTestContext.StartAsync();
        var (status, _) = await context.StoreAsync("CT_small_chest.dcm", IngestTestContext.Association(IngestTestContext.OwnedNode));
        Assert.Equal(DicomStatus.Success, status);
        Assert.Equal(0, await context.Host.WithDbAsync(db => db.CaseTags.CountAsync()));

        await InitializeAsync(context);

        var tags = await context.Host.WithDbAsync(db => db.CaseTags.Select(t => new { t.Kind, t.Value }).ToListAsync());
        Assert.Contains(new { Kind = TagKind.Modality, Value = "CT" }, tags);
        Assert.Contains(new { Kind = TagKind.BodyPart, Value = "CHEST" }, tags);
        var instance = await context.Host.WithDbAsync(db => db.Instances.SingleAsync());
        Assert.True(File.Exists(Path.Combine(context.Host.Root, "dicom", instance.RelativePath)), "Recovery deleted a file that has a row.");
        Assert.Empty(MarkerFiles(context));
    }

    [Fact]
    public async Task Closed_association_deletes_its_markers()
    {
        await using var context = await IngestTestContext.StartAsync();
        var association = IngestTestContext.Association(IngestTestContext.OwnedNode);
        await context.StoreAsync("CT_small_chest.dcm", association);
        Assert.Single(MarkerFiles(context));

        await context.Ingest.OnAssociationClosedAsync(association, CancellationToken.None);

        Assert.Empty(MarkerFiles(context));
    }

    [Fact]
    public async Task Failed_store_leaves_no_file()
    {
        await using var context = await IngestTestContext.StartAsync();
        await context.Host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Instances"));
        var association = IngestTestContext.Association(IngestTestContext.OwnedNode);

        var (status, _) = await context.StoreAsync("CT_small.dcm", association);

        Assert.Equal(DicomStatus.ProcessingFailure, status);
        var dicom = Path.Combine(context.Host.Root, "dicom");
        Assert.Empty(Directory.Exists(dicom) ? Directory.GetFiles(dicom, "*", SearchOption.AllDirectories) : []);
        await context.Ingest.OnAssociationClosedAsync(association, CancellationToken.None);
        Assert.Empty(MarkerFiles(context));
    }

    [Fact]
    public async Task Association_marker_lists_each_instance()
    {
        await using var context = await IngestTestContext.StartAsync();
        var association = IngestTestContext.Association(IngestTestContext.OwnedNode);
        await context.StoreAsync("CT_small_chest.dcm", association);
        await context.StoreAsync("CT_small.dcm", association);

        var marker = Assert.Single(MarkerFiles(context));
        var lines = await File.ReadAllLinesAsync(marker);
        var rows = await context.Host.WithDbAsync(db => db.Instances.Select(i => i.RelativePath).ToListAsync());
        Assert.Equal(2, lines.Length);
        Assert.Equal(rows.Order(StringComparer.Ordinal), lines.Distinct().Order(StringComparer.Ordinal));
    }

    private static Task InitializeAsync(IngestTestContext context) =>
        context.Host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

    private static string[] MarkerFiles(IngestTestContext context)
    {
        var directory = Path.Combine(context.Host.Root, "tmp", "ingest");
        return Directory.Exists(directory) ? Directory.GetFiles(directory) : [];
    }
}
