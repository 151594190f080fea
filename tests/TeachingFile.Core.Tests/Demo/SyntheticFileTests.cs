using TeachingFile.Core.Demo;
using TeachingFile.Core.Tests.Imaging;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Tests.Demo;

public sealed class SyntheticFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tf-demo-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Keys => SyntheticStudyGeneratorTests.Keys;

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Dciodvfy_reports_no_errors(string key)
    {
        var study = SyntheticStudyGenerator.CreateAll().Single(s => s.Key == key);
        var paths = await SyntheticStudyWriter.WriteFilesAsync(study, _directory, CancellationToken.None);

        foreach (var path in paths.Take(2))
        {
            var (exitCode, output) = await ExternalTool.RunAsync("/usr/bin/dciodvfy", "-new", path);

            var errors = output.Split('\n').Where(line => line.StartsWith("Error", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, $"dciodvfy {key}:\n{output}");
            Assert.Equal(0, exitCode);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Dcmdump_parses_every_file(string key)
    {
        var study = SyntheticStudyGenerator.CreateAll().Single(s => s.Key == key);
        var paths = await SyntheticStudyWriter.WriteFilesAsync(study, _directory, CancellationToken.None);

        foreach (var path in paths)
        {
            var (exitCode, output) = await ExternalTool.RunAsync("/usr/bin/dcmdump", "-E", "+L", path);

            Assert.True(exitCode == 0, output);
            Assert.Contains("(0010,0010) PN [DEMO^", output, StringComparison.Ordinal);
            Assert.Contains("(7fe0,0010) OW", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Written_file_reads_back_with_our_reader()
    {
        var study = SyntheticStudyGenerator.CreateChestCt();
        var paths = await SyntheticStudyWriter.WriteFilesAsync(study, _directory, CancellationToken.None);

        var file = await DicomFile.OpenAsync(paths[0]);
        var original = study.Instances[0];

        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal(original.GetString(DicomTags.SOPInstanceUID), file.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(original.GetString(DicomTags.PatientName), file.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal(-1024, file.Dataset.GetDouble(DicomTags.RescaleIntercept));
        var pixels = Assert.IsType<DicomElement>(file.Dataset[DicomTags.PixelData]);
        Assert.Equal(256 * 256 * 2, pixels.Length);
        Assert.Equal(((DicomElement)original[DicomTags.PixelData]!).Value.ToArray(), pixels.Value.ToArray());
    }

    [Fact]
    public async Task Spool_file_holds_data_set_only()
    {
        var instance = SyntheticStudyGenerator.CreateChestRadiograph().Instances[0];
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "spool.bin");

        var length = await SyntheticStudyWriter.WriteSpoolFileAsync(instance, path, CancellationToken.None);
        var dataset = await DicomDatasetReader.ReadAsync(path, TransferSyntax.ExplicitVRLittleEndian);

        Assert.Equal(new FileInfo(path).Length, length);
        Assert.Equal(instance.GetString(DicomTags.SOPInstanceUID), dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.DoesNotContain(dataset, item => item.Tag.Group == 0x0002);
    }
}
