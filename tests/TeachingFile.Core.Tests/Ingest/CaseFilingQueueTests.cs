using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Ingest;
using TeachingFile.Core.Storage;

namespace TeachingFile.Core.Tests.Ingest;

public sealed class CaseFilingQueueTests
{
    private const string StudyUid = "2.25.1001";
    private const string SeriesUid = "2.25.1002";

    [Fact]
    public async Task Concurrent_filings_of_one_study_make_one_draft()
    {
        await using var context = await IngestTestContext.StartAsync();
        var queue = context.Host.Services.GetRequiredService<CaseFilingQueue>();

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(number =>
            queue.FileAsync(Stored("2.25.2" + number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)))));

        Assert.Single(results, result => result.CreatedDraft);
        Assert.Single(results.Select(result => result.CaseId).Distinct());
        Assert.Equal(1, await context.Host.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(1, await context.Host.WithDbAsync(db => db.Series.CountAsync()));
        Assert.Equal(8, await context.Host.WithDbAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Failing_instance_leaves_others_filed()
    {
        await using var context = await IngestTestContext.StartAsync();
        var queue = context.Host.Services.GetRequiredService<CaseFilingQueue>();

        var good = queue.FileAsync(Stored("2.25.3001"));
        // Instances.TransferSyntaxUid is NOT NULL, so this row fails when it is saved.
        var bad = queue.FileAsync(Stored("2.25.3002") with { TransferSyntaxUid = null! });
        var alsoGood = queue.FileAsync(Stored("2.25.3003"));

        Assert.False((await good).CaseId == 0);
        Assert.False((await alsoGood).CaseId == 0);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => bad);
        var uids = await context.Host.WithDbAsync(db => db.Instances.Select(i => i.SopInstanceUid).OrderBy(u => u).ToListAsync());
        Assert.Equal(["2.25.3001", "2.25.3003"], uids);
    }

    private static StoredInstance Stored(string sopInstanceUid) => new(
        new InstanceMetadata
        {
            StudyInstanceUid = StudyUid,
            SeriesInstanceUid = SeriesUid,
            SopInstanceUid = sopInstanceUid,
            SopClassUid = "1.2.840.10008.5.1.4.1.1.2",
            Modality = "CT",
        },
        new StoredFile($"{StudyUid}/{SeriesUid}/{sopInstanceUid}.dcm", 1000, ReplacedExisting: false),
        "1.2.840.10008.1.2.1",
        "patient-key",
        BurnedInAnnotationRisk: false,
        IngestTestContext.OwnedNode,
        "assoc001");
}
