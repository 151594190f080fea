using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

public sealed class DicomFileRoundTripTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tf-dicom-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task SaveAsync_Sample_ReadsBackEqualValues(string name)
    {
        await using var source = await DicomFile.OpenAsync(Samples.Path(name));
        var written = await SaveAsync(source, name);

        await using var copy = await DicomFile.OpenAsync(written);
        var expectedSyntax = source.TransferSyntax.IsEncapsulated ? source.TransferSyntax : TransferSyntax.ExplicitVRLittleEndian;
        Assert.Equal(expectedSyntax, copy.TransferSyntax);
        Assert.DoesNotContain(copy.Warnings, w => w.Contains("inferred", StringComparison.Ordinal));
        DatasetAssert.Equal(source.Dataset, copy.Dataset);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task SaveAsync_Sample_WritesMetaGroupFromTheDataset(string name)
    {
        await using var source = await DicomFile.OpenAsync(Samples.Path(name));
        await using var copy = await DicomFile.OpenAsync(await SaveAsync(source, name));
        var meta = copy.FileMetaInformation;

        Assert.Equal([0x00, 0x01], ((DicomElement)meta[DicomTags.FileMetaInformationVersion]!).Value.ToArray());
        Assert.Equal(DicomImplementation.ClassUid, meta.GetString(DicomTags.ImplementationClassUID));
        Assert.Equal(DicomImplementation.VersionName, meta.GetString(DicomTags.ImplementationVersionName));
        Assert.Equal(copy.TransferSyntax.Uid, meta.GetString(DicomTags.TransferSyntaxUID));
        var sopInstance = source.Dataset.GetString(DicomTags.SOPInstanceUID);
        if (!string.IsNullOrEmpty(sopInstance))
        {
            Assert.Equal(sopInstance, meta.GetString(DicomTags.MediaStorageSOPInstanceUID));
            Assert.Equal(source.Dataset.GetString(DicomTags.SOPClassUID), meta.GetString(DicomTags.MediaStorageSOPClassUID));
        }
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task SaveAsync_Sample_ParsesWithDcmdumpWithoutErrors(string name)
    {
        await using var source = await DicomFile.OpenAsync(Samples.Path(name));
        var written = await SaveAsync(source, name);

        var dump = await ExternalTool.RunAsync("dcmdump", "-q", written);

        Assert.Equal(0, dump.ExitCode);
        Assert.DoesNotContain("E: ", dump.Error, StringComparison.Ordinal);
        Assert.Contains("(0002,0010) UI", dump.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task SaveAsync_Sample_AddsNoDciodvfyError(string name)
    {
        await using var source = await DicomFile.OpenAsync(Samples.Path(name));
        var written = await SaveAsync(source, name);

        var before = await ErrorsAsync(await BaselineAsync(Samples.Path(name)));
        var after = await ErrorsAsync(written);

        Assert.DoesNotContain(after, error => !before.Contains(error) && !before.Contains(AsDatasetError(error)));
    }

    [Fact]
    public async Task SaveAsync_OverTheSourceFile_KeepsLargeValuesReadable()
    {
        var path = Path.Combine(_directory, "in-place.dcm");
        File.Copy(Samples.Path("pydicom__CT_small.dcm"), path);
        var options = new DicomReadOptions { LargeValueThreshold = 1024 };
        await using var original = await DicomFile.OpenAsync(Samples.Path("pydicom__CT_small.dcm"));

        await using (var file = await DicomFile.OpenAsync(path, options))
        {
            file.Dataset.SetString(DicomTags.PatientName, "Replaced^Name");
            await file.SaveAsync(path, CancellationToken.None);
        }

        await using var saved = await DicomFile.OpenAsync(path);
        Assert.Equal("Replaced^Name", saved.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal(
            ((DicomElement)original.Dataset[DicomTags.PixelData]!).Value.ToArray(),
            ((DicomElement)saved.Dataset[DicomTags.PixelData]!).Value.ToArray());
        Assert.Single(Directory.GetFiles(_directory));
    }

    private async Task<string> SaveAsync(DicomFile file, string name)
    {
        var path = Path.Combine(_directory, name);
        await file.SaveAsync(path, CancellationToken.None);
        return path;
    }

    /// <summary>The file dciodvfy judges the source by: DCMTK's own conversion when dciodvfy cannot read it (deflate).</summary>
    private async Task<string> BaselineAsync(string source)
    {
        var check = await ExternalTool.RunAsync("dciodvfy", source);
        if (!check.Error.Contains("Dicom dataset read failed", StringComparison.Ordinal))
        {
            return source;
        }

        var converted = Path.Combine(_directory, "dcmconv-" + Path.GetFileName(source));
        var conversion = await ExternalTool.RunAsync("dcmconv", "+te", source, converted);
        return conversion.ExitCode == 0 ? converted : source;
    }

    private static async Task<HashSet<string>> ErrorsAsync(string path)
    {
        var result = await ExternalTool.RunAsync("dciodvfy", path);
        return (result.Output + "\n" + result.Error).Split('\n')
            .Where(line => line.StartsWith("Error", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An error about a meta UID is the same error as about the data set UID it is copied from.</summary>
    private static string AsDatasetError(string error) => error
        .Replace("(0x0002,0x0003) UI Media Storage SOP Instance UID", "(0x0008,0x0018) UI SOP Instance UID", StringComparison.Ordinal)
        .Replace("(0x0002,0x0003) Media Storage SOP Instance UID", "(0x0008,0x0018) SOP Instance UID", StringComparison.Ordinal);
}
