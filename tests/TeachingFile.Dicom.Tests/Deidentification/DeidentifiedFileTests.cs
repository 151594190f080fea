using System.Text.RegularExpressions;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;
using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed partial class DeidentifiedFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tf-deid-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string> ReadableSamples =>
        new(Samples.Names.Where(name => name is not "pydicom-data__bad_sequence.dcm"));

    [Theory]
    [MemberData(nameof(ReadableSamples))]
    public async Task Written_sample_contains_no_identifying_value(string name)
    {
        await using var source = await DicomFile.OpenAsync(Samples.Path(name));
        var identifying = IdentifyingValues.Collect(source.Dataset);
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        deidentifier.Deidentify(source.Dataset);
        var bytes = await SaveAsync(source.Dataset, source.TransferSyntax);

        var written = await ReadAsync(bytes);
        var survivors = identifying.Where(value => DatasetBytes.Contains(bytes, value))
            .Select(value => value + " in " + DatasetBytes.Locate(written, value))
            .ToList();
        Assert.Empty(survivors);
    }

    [Theory]
    [MemberData(nameof(ReadableSamples))]
    public async Task Written_sample_reads_back_with_the_new_identity(string name)
    {
        await using var source = await DicomFile.OpenAsync(Samples.Path(name));
        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        var result = deidentifier.Deidentify(source.Dataset);
        var path = Path.Combine(_directory, name);
        await using (var output = new DicomFile(source.Dataset, source.TransferSyntax))
        {
            await output.SaveAsync(path, CancellationToken.None);
        }

        await using var copy = await DicomFile.OpenAsync(path);

        Assert.Equal("YES", copy.Dataset.GetString(DicomTags.PatientIdentityRemoved));
        Assert.Equal(result.PatientKey, copy.Dataset.GetString(DicomTags.PatientID));
        var sopInstance = copy.Dataset.GetString(DicomTags.SOPInstanceUID);
        if (!string.IsNullOrEmpty(sopInstance))
        {
            Assert.StartsWith("2.25.", sopInstance, StringComparison.Ordinal);
            Assert.Equal(sopInstance, copy.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID));
        }
    }

    [Fact]
    public async Task Written_marker_file_contains_no_marker()
    {
        var options = new DeidentificationOptions();
        var markers = new MarkerDataset(options);
        var dataset = new DicomDataset();
        markers.FillRows(dataset);
        dataset.AddOrUpdate(new DicomSequence(DicomTags.ReferencedStudySequence, [markers.NewFilledItem()]));
        dataset.AddOrUpdate(new DicomSequence(new DicomTag(0x0009, 0x1002), [markers.NewFilledItem()]));
        dataset.SetString(DicomTags.SOPClassUID, DicomVR.UI, TestInstances.CtImageStorage);
        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);

        deidentifier.Deidentify(dataset);
        var bytes = await SaveAsync(dataset, TransferSyntax.ExplicitVRLittleEndian);

        Assert.DoesNotContain(markers.Markers, marker => DatasetBytes.Contains(bytes, marker));
    }

    [Theory]
    [InlineData("pydicom__CT_small.dcm")]
    [InlineData("pydicom__MR_small.dcm")]
    [InlineData("pydicom__test-SR.dcm")]
    [InlineData("pydicom-data__liver.dcm")]
    [InlineData("pydicom__SC_rgb_rle.dcm")]
    public async Task Sample_gains_no_iod_errors_in_dciodvfy(string name)
    {
        var before = await IodErrorsAsync(Samples.Path(name));
        await using var source = await DicomFile.OpenAsync(Samples.Path(name));
        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        deidentifier.Deidentify(source.Dataset);
        var path = Path.Combine(_directory, name);
        await using (var output = new DicomFile(source.Dataset, source.TransferSyntax))
        {
            await output.SaveAsync(path, CancellationToken.None);
        }

        var after = await IodErrorsAsync(path);

        Assert.Empty(after.Except(before));
    }

    private static async Task<HashSet<string>> IodErrorsAsync(string path)
    {
        var result = await ExternalTool.RunAsync("dciodvfy", path);
        return result.Error.Split('\n')
            .Concat(result.Output.Split('\n'))
            .Where(line => line.StartsWith("Error", StringComparison.Ordinal))
            .Where(line => !line.Contains("Illegal root for UID", StringComparison.Ordinal))
            .Select(line => UidPattern().Replace(line, "<uid>"))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task<DicomDataset> ReadAsync(byte[] bytes)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".dcm");
        await File.WriteAllBytesAsync(path, bytes);
        await using var file = await DicomFile.OpenAsync(path);
        return file.Dataset.Clone();
    }

    /// <summary>UIDs in messages, which de-identification replaces; an original UID with an illegal root
    /// is an error the replacement fixes.</summary>
    [GeneratedRegex(@"[0-9]+(\.[0-9]+)+")]
    private static partial Regex UidPattern();

    private static async Task<byte[]> SaveAsync(DicomDataset dataset, TransferSyntax syntax)
    {
        using var stream = new MemoryStream();
        await using (var file = new DicomFile(dataset, syntax))
        {
            await file.SaveAsync(stream, CancellationToken.None);
        }

        return stream.ToArray();
    }
}
