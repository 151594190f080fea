using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

public sealed class DicomDatasetReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tf-dicom-spool-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("pydicom__MR_small_implicit.dcm")]
    [InlineData("pydicom__MR_small_bigendian.dcm")]
    [InlineData("pydicom__CT_small.dcm")]
    [InlineData("pydicom__SC_rgb_jpeg_dcmtk.dcm")]
    public async Task ReadAsync_BareDataset_ReadsWhatTheFileHolds(string name)
    {
        var path = Samples.Path(name);
        await using var file = await DicomFile.OpenAsync(path);
        var spool = Path.Combine(_directory, name + ".spool");
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(spool, bytes[DatasetStart(bytes)..]);

        var dataset = await DicomDatasetReader.ReadAsync(spool, file.TransferSyntax);

        DatasetAssert.Equal(file.Dataset, dataset);
    }

    [Fact]
    public async Task ReadAsync_Deflated_InflatesAndDeletesTheTemporaryFile()
    {
        var path = Samples.Path("pydicom__image_dfl.dcm");
        await using var file = await DicomFile.OpenAsync(path);
        var spool = Path.Combine(_directory, "deflated.spool");
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(spool, bytes[DatasetStart(bytes)..]);
        var temp = Directory.CreateDirectory(Path.Combine(_directory, "temp")).FullName;

        var dataset = await DicomDatasetReader.ReadAsync(
            spool, TransferSyntax.DeflatedExplicitVRLittleEndian, new DicomReadOptions { TempDirectory = temp });

        DatasetAssert.Equal(file.Dataset, dataset);
        Assert.Empty(Directory.GetFiles(temp));
    }

    /// <summary>Offset after "DICM" and the meta group (whose group length is right in these samples).</summary>
    private static int DatasetStart(byte[] bytes) => 132 + 12 + BitConverter.ToInt32(bytes, 140);
}
