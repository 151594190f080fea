using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

public class DicomFileEncodingTests
{
    [Fact]
    public async Task OpenAsync_BigEndian_HoldsTheSameLittleEndianValuesAsTheExplicitLittleEndianFile()
    {
        await using var little = await DicomFile.OpenAsync(Samples.Path("pydicom__MR_small.dcm"));
        await using var big = await DicomFile.OpenAsync(Samples.Path("pydicom__MR_small_bigendian.dcm"));

        Assert.Equal(TransferSyntax.ExplicitVRBigEndian, big.TransferSyntax);
        little.Dataset.Remove(DicomTags.DataSetTrailingPadding);
        DatasetAssert.Equal(little.Dataset, big.Dataset);
    }

    [Fact]
    public async Task OpenAsync_BigEndianValueLeftInTheFile_IsSwappedWhenStreamed()
    {
        var options = new DicomReadOptions { LargeValueThreshold = 256 };
        await using var little = await DicomFile.OpenAsync(Samples.Path("pydicom__MR_small.dcm"));
        await using var big = await DicomFile.OpenAsync(Samples.Path("pydicom__MR_small_bigendian.dcm"), options);

        var source = Assert.IsType<FileByteSource>(((DicomElement)big.Dataset[DicomTags.PixelData]!).Value);
        Assert.Equal(2, source.SwapUnit);
        using var copy = new MemoryStream();
        await source.CopyToAsync(copy, CancellationToken.None);
        Assert.Equal(((DicomElement)little.Dataset[DicomTags.PixelData]!).Value.ToArray(), copy.ToArray());
        Assert.Equal(copy.ToArray(), source.ToArray());
    }

    [Fact]
    public async Task OpenAsync_Implicit_HoldsTheSameValuesAsExplicit_WithSignedVrFromPixelRepresentation()
    {
        await using var explicitFile = await DicomFile.OpenAsync(Samples.Path("pydicom__MR_small.dcm"));
        await using var implicitFile = await DicomFile.OpenAsync(Samples.Path("pydicom__MR_small_implicit.dcm"));

        explicitFile.Dataset.Remove(DicomTags.DataSetTrailingPadding);
        DatasetAssert.Equal(explicitFile.Dataset, implicitFile.Dataset);
        Assert.Equal(DicomVR.SS, implicitFile.Dataset[DicomTags.SmallestImagePixelValue]!.VR);
    }

    [Fact]
    public async Task OpenAsync_Deflated_ReadsFromATemporaryFile_DeletedOnDispose()
    {
        var temp = Directory.CreateTempSubdirectory("tf-inflate-").FullName;
        try
        {
            var options = new DicomReadOptions { LargeValueThreshold = 1024, TempDirectory = temp };
            var file = await DicomFile.OpenAsync(Samples.Path("pydicom__image_dfl.dcm"), options);
            var pixelData = Assert.IsType<FileByteSource>(((DicomElement)file.Dataset[DicomTags.PixelData]!).Value);

            Assert.Equal(TransferSyntax.DeflatedExplicitVRLittleEndian, file.TransferSyntax);
            Assert.Equal(512 * 512, pixelData.Length);
            Assert.StartsWith(temp, pixelData.Path, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(temp));
            await file.DisposeAsync();
            Assert.Empty(Directory.GetFiles(temp));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_LargeValues_StayInTheFile_WithTheirOffset()
    {
        var path = Samples.Path("pydicom__CT_small.dcm");
        await using var inMemory = await DicomFile.OpenAsync(path);
        await using var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 4096 });

        var source = Assert.IsType<FileByteSource>(((DicomElement)file.Dataset[DicomTags.PixelData]!).Value);
        Assert.Equal(Path.GetFullPath(path), source.Path);
        Assert.Equal(128 * 128 * 2, source.Length);
        var bytes = File.ReadAllBytes(path).AsSpan((int)source.Offset, (int)source.Length).ToArray();
        Assert.Equal(((DicomElement)inMemory.Dataset[DicomTags.PixelData]!).Value.ToArray(), bytes);
        Assert.Equal(bytes, source.ToArray());
    }

    [Theory]
    [InlineData("dicomParser__CT1_UNC.fragmented_bot_jpeg_ls.80.dcm", 21, 4)]
    [InlineData("dicomParser__CT0012.fragmented_no_bot_jpeg_baseline.51.dcm", 11, 0)]
    [InlineData("pydicom__examples_ybr_color.dcm", 30, 120)]
    public async Task OpenAsync_Encapsulated_KeepsOffsetTableAndFragmentsAsStored(string name, int fragments, int offsetTable)
    {
        await using var file = await DicomFile.OpenAsync(Samples.Path(name), new DicomReadOptions { LargeValueThreshold = 2048 });

        var pixelData = Assert.IsType<DicomFragmentSequence>(file.Dataset[DicomTags.PixelData]);
        Assert.Equal(fragments, pixelData.Fragments.Count);
        Assert.Equal(offsetTable, pixelData.BasicOffsetTable.Length);
        Assert.All(pixelData.Fragments, fragment => Assert.Equal(0, fragment.Length % 2));
        Assert.Equal([0xFF, 0xD8], pixelData.Fragments[0].ToArray()[..2]);
    }
}
