using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

public sealed class DicomFileTruncationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tf-dicom-cut-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("pydicom__MR_small.dcm")]
    [InlineData("pydicom__test-SR.dcm")]
    [InlineData("pydicom__MR_small_bigendian.dcm")]
    [InlineData("pydicom__MR_small_implicit.dcm")]
    [InlineData("pydicom__SC_rgb_jpeg_dcmtk.dcm")]
    [InlineData("pydicom__image_dfl.dcm")]
    [InlineData("debian-pydicom__chrSQEncoding1.dcm")]
    public async Task OpenAsync_CutAnywhere_ThrowsDicomFormatExceptionWithOffset_OrReadsAPrefix(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path(name));
        var cuts = Enumerable.Range(1, 60).Select(i => (int)((long)bytes.Length * i / 61)).Concat([0, 100, 131, 132, 140]);

        foreach (var cut in cuts.Distinct())
        {
            var path = Path.Combine(_directory, $"{cut}-{name}");
            await File.WriteAllBytesAsync(path, bytes[..cut]);
            try
            {
                await using var file = await DicomFile.OpenAsync(path).WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (DicomFormatException ex)
            {
                Assert.InRange(ex.Offset, 0, cut);
                Assert.Contains("offset", ex.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task OpenAsync_CutInsidePixelData_NamesTheElementAndItsOffset()
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path("pydicom__CT_small.dcm"));
        var path = Path.Combine(_directory, "cut.dcm");
        await File.WriteAllBytesAsync(path, bytes[..^1000]);

        var error = await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.OpenAsync(path));

        Assert.Contains("(7FE0,0010)", error.Message, StringComparison.Ordinal);
        Assert.Contains("at offset " + error.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes.AsSpan().IndexOf((byte[])[0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'W']), error.Offset);
    }

    [Fact]
    public async Task OpenAsync_UndefinedLengthItemCut_Throws()
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path("pydicom-data__bad_sequence.dcm"));
        var path = Path.Combine(_directory, "cut-item.dcm");
        await File.WriteAllBytesAsync(path, bytes[..760]);

        var error = await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.OpenAsync(path));

        Assert.InRange(error.Offset, 648, 760);
    }

    [Fact]
    public async Task OpenAsync_NotDicom_Throws()
    {
        var path = Path.Combine(_directory, "text.dcm");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("not a DICOM file ", 20)));

        var error = await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.OpenAsync(path));

        Assert.Equal(0, error.Offset);
    }

    [Theory]
    [InlineData("pydicom__MR_small.dcm")]
    [InlineData("pydicom__test-SR.dcm")]
    [InlineData("pydicom__MR_small_implicit.dcm")]
    [InlineData("pydicom__MR_small_bigendian.dcm")]
    [InlineData("dicomParser__CT1_UNC.fragmented_bot_jpeg_ls.80.dcm")]
    public async Task OpenAsync_CorruptedBytes_ThrowOnlyDicomFormatException(string name)
    {
        var original = await File.ReadAllBytesAsync(Samples.Path(name));
        var random = new Random(20261204);
        var path = Path.Combine(_directory, "corrupt-" + name);
        for (var round = 0; round < 150; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flip = 0; flip < 4; flip++)
            {
                bytes[random.Next(132, Math.Min(bytes.Length, 4096))] = (byte)random.Next(256);
            }

            await File.WriteAllBytesAsync(path, bytes);
            try
            {
                await using var file = await DicomFile.OpenAsync(path).WaitAsync(TimeSpan.FromSeconds(10));
                await file.SaveAsync(Stream.Null, CancellationToken.None);
            }
            catch (DicomFormatException ex)
            {
                Assert.InRange(ex.Offset, 0, bytes.Length);
            }
        }
    }

    [Theory]
    [InlineData(500, false)]
    [InlineData(5000, true)]
    public async Task OpenAsync_DeeplyNestedSequences_ReadsOrRejectsWithoutStackOverflow(int depth, bool rejected)
    {
        var path = Path.Combine(_directory, $"nested-{depth}.dcm");
        await File.WriteAllBytesAsync(path, NestedSequences(depth));

        var read = Record.ExceptionAsync(async () =>
        {
            await using var file = await DicomFile.OpenAsync(path);
        });
        var error = await read;

        if (rejected)
        {
            Assert.Contains("nest deeper", Assert.IsType<DicomFormatException>(error).Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(error);
        }
    }

    /// <summary>A bare explicit VR little endian data set: (0008,0005) then <paramref name="depth"/> nested SQs.</summary>
    private static byte[] NestedSequences(int depth)
    {
        using var bytes = new MemoryStream();
        bytes.Write([0x08, 0x00, 0x05, 0x00, (byte)'C', (byte)'S', 0x0A, 0x00, .. "ISO_IR 100"u8]);
        byte[] sequence = [0x08, 0x00, 0x15, 0x92, (byte)'S', (byte)'Q', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF];
        byte[] item = [0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF];
        byte[] itemEnd = [0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0];
        byte[] sequenceEnd = [0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0];
        for (var i = 0; i < depth; i++)
        {
            bytes.Write(sequence);
            bytes.Write(item);
        }

        for (var i = 0; i < depth; i++)
        {
            bytes.Write(itemEnd);
            bytes.Write(sequenceEnd);
        }

        return bytes.ToArray();
    }
}
