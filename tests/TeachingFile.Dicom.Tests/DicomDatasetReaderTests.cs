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

    [Theory]
    [InlineData("pydicom__MR_small_implicit.dcm")]
    [InlineData("pydicom__MR_small_bigendian.dcm")]
    [InlineData("pydicom__CT_small.dcm")]
    [InlineData("pydicom__SC_rgb_jpeg_dcmtk.dcm")]
    [InlineData("pydicom__image_dfl.dcm")]
    public async Task ReadAsync_FromMemory_ReadsWhatTheFileHolds(string name)
    {
        var path = Samples.Path(name);
        await using var file = await DicomFile.OpenAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        var temp = Directory.CreateDirectory(Path.Combine(_directory, "temp")).FullName;

        var dataset = await DicomDatasetReader.ReadAsync(
            bytes.AsMemory(DatasetStart(bytes)), file.TransferSyntax, new DicomReadOptions { TempDirectory = temp });

        DatasetAssert.Equal(file.Dataset, dataset);
        Assert.Empty(Directory.GetFiles(temp));
    }

    [Fact]
    public async Task ReadAsync_FromMemory_SlicesLargeValues()
    {
        var path = Samples.Path("pydicom__CT_small.dcm");
        await using var file = await DicomFile.OpenAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        var data = bytes.AsMemory(DatasetStart(bytes));

        var dataset = await DicomDatasetReader.ReadAsync(
            data, file.TransferSyntax, new DicomReadOptions { LargeValueThreshold = 1024 });

        var pixels = Assert.IsType<MemoryByteSource>(Assert.IsType<DicomElement>(dataset[DicomTags.PixelData]).Value);
        Assert.True(data.Span.Overlaps(pixels.Memory.Span), "Pixel Data was copied instead of sliced.");
        var name = Assert.IsType<MemoryByteSource>(Assert.IsType<DicomElement>(dataset[DicomTags.PatientName]).Value);
        Assert.False(data.Span.Overlaps(name.Memory.Span), "A small value was sliced instead of copied.");
    }

    [Fact]
    public async Task ReadAsync_FromMemoryBigEndian_SwapsLargeValues()
    {
        var path = Samples.Path("pydicom__MR_small_bigendian.dcm");
        await using var file = await DicomFile.OpenAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);

        var dataset = await DicomDatasetReader.ReadAsync(
            bytes.AsMemory(DatasetStart(bytes)), file.TransferSyntax, new DicomReadOptions { LargeValueThreshold = 1024 });

        Assert.IsType<MemoryByteSource>(Assert.IsType<DicomElement>(dataset[DicomTags.PixelData]).Value);
        DatasetAssert.Equal(file.Dataset, dataset);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_DeflateBomb_IsRejected(bool fromMemory)
    {
        // 8 MiB of an OB value inflate from about 8 KiB; the limit is 1 MiB.
        var inflated = new MemoryStream();
        inflated.Write([0x09, 0x00, 0x10, 0x00, (byte)'O', (byte)'B', 0, 0]);
        inflated.Write(BitConverter.GetBytes(8 * 1024 * 1024));
        inflated.Write(new byte[8 * 1024 * 1024]);
        var deflated = new MemoryStream();
        using (var deflater = new System.IO.Compression.DeflateStream(deflated, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            deflater.Write(inflated.ToArray());
        }

        var temp = Directory.CreateDirectory(Path.Combine(_directory, "temp")).FullName;
        var options = new DicomReadOptions { TempDirectory = temp, MaxInflatedBytes = 1024 * 1024 };
        var spool = Path.Combine(_directory, "bomb.spool");
        await File.WriteAllBytesAsync(spool, deflated.ToArray());

        var error = await Assert.ThrowsAsync<DicomFormatException>(() => fromMemory
            ? DicomDatasetReader.ReadAsync(deflated.ToArray(), TransferSyntax.DeflatedExplicitVRLittleEndian, options)
            : DicomDatasetReader.ReadAsync(spool, TransferSyntax.DeflatedExplicitVRLittleEndian, options));

        Assert.Contains("inflates to more than 1048576 bytes", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp));
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

    [Fact]
    public async Task ReadAsync_OddLength_ListsReadWarning()
    {
        var spool = Path.Combine(_directory, "odd.spool");
        // (0008,0016) UI "1.2", then (0008,103E) LO "ABC" with the odd length 3.
        byte[] bytes =
        [
            0x08, 0x00, 0x16, 0x00, (byte)'U', (byte)'I', 4, 0, .. "1.2\0"u8,
            0x08, 0x00, 0x3E, 0x10, (byte)'L', (byte)'O', 3, 0, .. "ABC"u8,
        ];
        await File.WriteAllBytesAsync(spool, bytes);

        var dataset = await DicomDatasetReader.ReadAsync(spool, TransferSyntax.ExplicitVRLittleEndian);

        var warning = Assert.Single(dataset.ReadWarnings);
        Assert.Equal("Element (0008,103E) at offset 12 has odd length 3.", warning);
    }

    [Fact]
    public async Task ReadAsync_CleanDataset_HasNoReadWarnings()
    {
        var path = Samples.Path("pydicom__CT_small.dcm");
        var spool = Path.Combine(_directory, "clean.spool");
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(spool, bytes[DatasetStart(bytes)..]);

        var dataset = await DicomDatasetReader.ReadAsync(spool, TransferSyntax.ExplicitVRLittleEndian);

        Assert.Empty(dataset.ReadWarnings);
    }

    /// <summary>Offset after "DICM" and the meta group (whose group length is right in these samples).</summary>
    private static int DatasetStart(byte[] bytes) => 132 + 12 + BitConverter.ToInt32(bytes, 140);
}
