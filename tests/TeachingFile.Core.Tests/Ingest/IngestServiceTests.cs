using System.Text;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Cases;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Tests.Ingest;

public sealed class IngestServiceTests
{
    private const string CtFile = "CT_small.dcm";

    // Values of CT_small.dcm that must never reach the store: Patient Name, the three Patient IDs,
    // the original Study Date and the original SOP Instance UID.
    private static readonly string[] CtIdentifiers =
        ["CompressedSamples", "1CT1", "ABCD1234", "1234ABCD", "20040119", "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322"];

    [Fact]
    public async Task Store_files_instance_into_owners_draft()
    {
        await using var context = await IngestTestContext.StartAsync();

        var (status, _) = await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));

        Assert.Equal(DicomStatus.Success, status);
        var teachingCase = await context.Host.WithDbAsync(db => db.Cases
            .Include(c => c.Studies).ThenInclude(s => s.Series).ThenInclude(s => s.Instances).SingleAsync());
        Assert.Equal(CaseStatus.Draft, teachingCase.Status);
        Assert.Equal(context.FacultyId, teachingCase.OwnerId);
        Assert.Equal(IngestTestContext.OwnedNode, teachingCase.SourceAeTitle);
        Assert.False(string.IsNullOrEmpty(teachingCase.PatientKey));
        var study = Assert.Single(teachingCase.Studies);
        var series = Assert.Single(study.Series);
        var instance = Assert.Single(series.Instances);
        Assert.StartsWith("2.25.", study.StudyInstanceUid, StringComparison.Ordinal);
        Assert.StartsWith("2.25.", series.SeriesInstanceUid, StringComparison.Ordinal);
        Assert.StartsWith("2.25.", instance.SopInstanceUid, StringComparison.Ordinal);
        Assert.Equal("CT", series.Modality);
        Assert.Equal(DicomUids.CTImageStorage, instance.SopClassUid);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian.Uid, instance.TransferSyntaxUid);
    }

    [Fact]
    public async Task Stored_file_rereads_with_row_uids()
    {
        await using var context = await IngestTestContext.StartAsync();
        await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));
        var instance = await context.Host.WithDbAsync(db => db.Instances.Include(i => i.Series!).ThenInclude(s => s.Study).SingleAsync());
        var path = Path.Combine(context.Host.Root, "dicom", instance.RelativePath);

        await using var file = await DicomFile.OpenAsync(path);

        Assert.Equal(instance.SopInstanceUid, file.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(instance.Series!.SeriesInstanceUid, file.Dataset.GetString(DicomTags.SeriesInstanceUID));
        Assert.Equal(instance.Series.Study!.StudyInstanceUid, file.Dataset.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal(instance.FileSize, new FileInfo(path).Length);
        Assert.Equal($"{instance.Series.Study.StudyInstanceUid}/{instance.Series.SeriesInstanceUid}/{instance.SopInstanceUid}.dcm",
            instance.RelativePath);
    }

    [Fact]
    public async Task Store_keeps_no_original_identifiers()
    {
        await using var context = await IngestTestContext.StartAsync();
        await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));
        var instance = await context.Host.WithDbAsync(db => db.Instances.SingleAsync());

        var fileText = Latin1(await File.ReadAllBytesAsync(Path.Combine(context.Host.Root, "dicom", instance.RelativePath)));
        var databaseText = await ReadDatabaseTextAsync(context);
        var logText = string.Join('\n', context.Host.Logs.Entries.Select(e => e.Message + e.Exception));

        foreach (var identifier in CtIdentifiers)
        {
            Assert.DoesNotContain(identifier, fileText, StringComparison.Ordinal);
            Assert.DoesNotContain(identifier, databaseText, StringComparison.Ordinal);
            Assert.DoesNotContain(identifier, logText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Store_resends_replace_instead_of_duplicating()
    {
        await using var context = await IngestTestContext.StartAsync();
        await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));

        var (status, _) = await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));

        Assert.Equal(DicomStatus.Success, status);
        Assert.Equal(1, await context.Host.WithDbAsync(db => db.Instances.CountAsync()));
        Assert.Equal(1, await context.Host.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Single(Directory.GetFiles(Path.Combine(context.Host.Root, "dicom"), "*.dcm", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Study_from_second_node_joins_first_case_with_warning()
    {
        await using var context = await IngestTestContext.StartAsync();
        await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));

        var (status, _) = await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.InboxNode));

        Assert.Equal(DicomStatus.Success, status);
        var teachingCase = await context.Host.WithDbAsync(db => db.Cases.SingleAsync());
        Assert.Equal(context.FacultyId, teachingCase.OwnerId);
        var warning = Assert.Single(context.Host.Logs.Entries, e => e.EventId.Id == 2011);
        Assert.Contains(IngestTestContext.OwnedNode, warning.Message, StringComparison.Ordinal);
        Assert.Contains(IngestTestContext.InboxNode, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_studies_make_two_drafts()
    {
        await using var context = await IngestTestContext.StartAsync();
        var association = IngestTestContext.Association(IngestTestContext.OwnedNode);

        await context.StoreAsync(CtFile, association);
        await context.StoreAsync("MR_small.dcm", association);

        var cases = await context.Host.WithDbAsync(db => db.Cases.Include(c => c.Studies).ToListAsync());
        Assert.Equal(2, cases.Count);
        Assert.All(cases, c => Assert.Single(c.Studies));
        Assert.All(cases, c => Assert.Equal(context.FacultyId, c.OwnerId));
    }

    [Theory]
    [InlineData(IngestTestContext.OrphanOwnerNode)]
    [InlineData(IngestTestContext.InboxNode)]
    public async Task Node_without_a_known_owner_files_into_the_inbox(string callingAe)
    {
        await using var context = await IngestTestContext.StartAsync();

        var (status, _) = await context.StoreAsync(CtFile, IngestTestContext.Association(callingAe));

        Assert.Equal(DicomStatus.Success, status);
        var teachingCase = await context.Host.WithDbAsync(db => db.Cases.SingleAsync());
        Assert.Null(teachingCase.OwnerId);
        Assert.Equal(callingAe, teachingCase.SourceAeTitle);
    }

    [Fact]
    public async Task Corrupt_spool_returns_cannot_understand()
    {
        await using var context = await IngestTestContext.StartAsync();
        var spool = await Infrastructure.SpoolFiles.FromPart10Async(IngestTestContext.TestFile(CtFile), context.SpoolDirectory);
        var bytes = await File.ReadAllBytesAsync(spool.Path);
        await File.WriteAllBytesAsync(spool.Path, bytes.AsSpan(0, 1000).ToArray());
        var request = new DicomStoreRequest(IngestTestContext.Association(IngestTestContext.OwnedNode), 1,
            spool.SopClassUid, spool.SopInstanceUid, spool.TransferSyntax, spool.Path, 1000);

        var status = await context.Ingest.StoreAsync(request, CancellationToken.None);

        Assert.Equal(DicomStatus.CannotUnderstand, status);
        Assert.Empty(Directory.GetFiles(Path.Combine(context.Host.Root, "tmp")));
        Assert.Empty(Directory.GetFiles(Path.Combine(context.Host.Root, "dicom"), "*", SearchOption.AllDirectories));
        Assert.Equal(0, await context.Host.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Contains(context.Host.Logs.Entries, e => e.EventId.Id == 2002);
    }

    [Fact]
    public async Task Invalid_text_bytes_store_and_log_one_warning()
    {
        await using var context = await IngestTestContext.StartAsync();
        var path = Path.Combine(context.Host.Root, "invalid-utf8.dcm");
        await using (var source = await DicomFile.OpenAsync(IngestTestContext.TestFile(CtFile)))
        {
            source.Dataset.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");
            source.Dataset.SetBytes(DicomTags.StudyDescription, DicomVR.LO, [(byte)'C', (byte)'T', (byte)'X', 0xFC]);
            source.Dataset.SetBytes(DicomTags.SeriesDescription, DicomVR.LO, [(byte)'C', (byte)'T', (byte)'Y', 0xFC]);
            await source.SaveAsync(path, CancellationToken.None);
        }

        var (status, _) = await context.StoreAsync(path, IngestTestContext.Association(IngestTestContext.OwnedNode));

        Assert.Equal(DicomStatus.Success, status);
        var warning = Assert.Single(context.Host.Logs.Entries, e => e.EventId.Id == 2012);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains("'ISO_IR 192'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidBytes", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CTX", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CTY", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_warnings_log_one_line_without_values()
    {
        await using var context = await IngestTestContext.StartAsync();
        var spool = await Infrastructure.SpoolFiles.FromPart10Async(IngestTestContext.TestFile(CtFile), context.SpoolDirectory);
        // After Pixel Data: private creator (7FE1,0010) LO with the odd length 9, twice, which the
        // reader records as two odd lengths and a duplicate element.
        byte[] oddElement = [0xE1, 0x7F, 0x10, 0x00, (byte)'L', (byte)'O', 9, 0, .. "PHIMARKER"u8];
        await using (var stream = new FileStream(spool.Path, FileMode.Append))
        {
            await stream.WriteAsync(oddElement);
            await stream.WriteAsync(oddElement);
        }

        var request = new DicomStoreRequest(IngestTestContext.Association(IngestTestContext.OwnedNode), 1,
            spool.SopClassUid, spool.SopInstanceUid, spool.TransferSyntax, spool.Path, new FileInfo(spool.Path).Length);
        var status = await context.Ingest.StoreAsync(request, CancellationToken.None);

        Assert.Equal(DicomStatus.Success, status);
        var warning = Assert.Single(context.Host.Logs.Entries, e => e.EventId.Id == 2015);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains("recorded 3 warnings", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Element (7FE1,0010) at offset", warning.Message, StringComparison.Ordinal);
        Assert.Contains("has odd length 9", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PHIMARKER", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(spool.SopInstanceUid, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_data_set_logs_no_read_warning()
    {
        await using var context = await IngestTestContext.StartAsync();

        var (status, _) = await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));

        Assert.Equal(DicomStatus.Success, status);
        Assert.DoesNotContain(context.Host.Logs.Entries, e => e.EventId.Id == 2015);
    }

    [Fact]
    public async Task Sop_instance_mismatch_answers_A900()
    {
        await using var context = await IngestTestContext.StartAsync();

        var (status, _) = await context.StoreAsync(
            CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode), affectedSopInstanceUid: "1.2.3.4.5");

        Assert.Equal(DicomStatus.DataSetDoesNotMatchSopClass, status);
        Assert.Equal(0, await context.Host.WithDbAsync(db => db.Instances.CountAsync()));
        Assert.DoesNotContain(context.Host.Logs.Entries, e => e.Message.Contains("1.2.3.4.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ct_chest_is_tagged_when_the_association_closes()
    {
        await using var context = await IngestTestContext.StartAsync();
        var association = IngestTestContext.Association(IngestTestContext.OwnedNode);
        await context.StoreAsync("CT_small_chest.dcm", association);

        await context.Ingest.OnAssociationClosedAsync(association, CancellationToken.None);

        var tags = await context.Host.WithDbAsync(db => db.CaseTags.Select(t => new { t.Kind, t.Value, t.IsAutomatic }).ToListAsync());
        Assert.Contains(new { Kind = TagKind.Modality, Value = "CT", IsAutomatic = true }, tags);
        Assert.Contains(new { Kind = TagKind.BodyPart, Value = "CHEST", IsAutomatic = true }, tags);
        Assert.Contains(new { Kind = TagKind.Topic, Value = "thoracic", IsAutomatic = true }, tags);
    }

    [Fact]
    public async Task Burned_in_annotation_risk_requires_a_pixel_review()
    {
        await using var context = await IngestTestContext.StartAsync();

        var (status, _) = await context.StoreAsync("SC_rgb_jpeg_dcmtk.dcm", IngestTestContext.Association(IngestTestContext.OwnedNode));

        Assert.Equal(DicomStatus.Success, status);
        var teachingCase = await context.Host.WithDbAsync(db => db.Cases.SingleAsync());
        var instance = await context.Host.WithDbAsync(db => db.Instances.SingleAsync());
        Assert.True(teachingCase.PixelReviewRequired);
        Assert.True(instance.BurnedInAnnotationRisk);
        Assert.Equal(TransferSyntax.JpegBaseline8Bit.Uid, instance.TransferSyntaxUid);
    }

    [Fact]
    public async Task Concurrent_stores_of_one_study_make_one_draft()
    {
        await using var context = await IngestTestContext.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode))));

        Assert.All(results, r => Assert.Equal(DicomStatus.Success, r.Status));
        Assert.Equal(1, await context.Host.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(1, await context.Host.WithDbAsync(db => db.Studies.CountAsync()));
        Assert.Equal(1, await context.Host.WithDbAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Concurrent_stores_of_different_studies_all_succeed()
    {
        await using var context = await IngestTestContext.StartAsync();
        string[] files = [CtFile, "MR_small.dcm", "SC_rgb_jpeg_dcmtk.dcm", "emri_small.dcm"];

        var results = await Task.WhenAll(files.Select(file =>
            context.StoreAsync(file, IngestTestContext.Association(IngestTestContext.OwnedNode))));

        Assert.All(results, r => Assert.Equal(DicomStatus.Success, r.Status));
        Assert.Equal(files.Length, await context.Host.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(files.Length, await context.Host.WithDbAsync(db => db.Instances.CountAsync()));
    }

    [Theory]
    [InlineData("MR_small_bigendian.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("MR_small_implicit.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("MR_small_RLE.dcm", "1.2.840.10008.1.2.5")]
    public async Task Transfer_syntaxes_store_and_reread(string testFile, string storedSyntax)
    {
        await using var context = await IngestTestContext.StartAsync();

        var (status, _) = await context.StoreAsync(testFile, IngestTestContext.Association(IngestTestContext.OwnedNode));

        Assert.Equal(DicomStatus.Success, status);
        var instance = await context.Host.WithDbAsync(db => db.Instances.SingleAsync());
        Assert.Equal(storedSyntax, instance.TransferSyntaxUid);
        await using var file = await DicomFile.OpenAsync(Path.Combine(context.Host.Root, "dicom", instance.RelativePath));
        Assert.Equal(storedSyntax, file.TransferSyntax.Uid);
        Assert.Equal(instance.SopInstanceUid, file.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(instance.Rows, file.Dataset.GetUInt16(DicomTags.Rows));
    }

    [Fact]
    public async Task Database_failure_removes_the_new_file()
    {
        await using var context = await IngestTestContext.StartAsync();
        await context.Host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Instances"));

        var (status, _) = await context.StoreAsync(CtFile, IngestTestContext.Association(IngestTestContext.OwnedNode));

        Assert.Equal(DicomStatus.ProcessingFailure, status);
        Assert.Empty(Directory.GetFiles(Path.Combine(context.Host.Root, "dicom"), "*.dcm", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(context.Host.Root, "tmp")));
        var failure = Assert.Single(context.Host.Logs.Entries, e => e.EventId.Id == 2004);
        Assert.Contains("2.25.", failure.Message, StringComparison.Ordinal);
    }

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    private static async Task<string> ReadDatabaseTextAsync(IngestTestContext context)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var builder = new StringBuilder();
        foreach (var path in Directory.GetFiles(context.Host.Root, "teachingfile.db*"))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            builder.Append(Latin1(memory.ToArray()));
        }

        return builder.ToString();
    }
}
