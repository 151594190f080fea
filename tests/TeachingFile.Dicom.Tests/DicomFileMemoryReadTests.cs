using System.Buffers.Binary;
using System.Runtime.InteropServices;
using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

/// <summary><see cref="DicomFile.Open"/> must read the same file as <see cref="DicomFile.OpenAsync"/> does from a path.</summary>
public sealed class DicomFileMemoryReadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tf-dicom-memory-").FullName;

    /// <summary>
    /// Samples of each kind the reader tells apart: native little endian, big endian, implicit VR, deflated,
    /// encapsulated with and without an offset table, no preamble or meta group, and meta without a syntax.
    /// </summary>
    public static TheoryData<string> Kinds => new(
        "pydicom__MR_small.dcm",
        "pydicom__MR_small_bigendian.dcm",
        "pydicom__MR_small_implicit.dcm",
        "pydicom__image_dfl.dcm",
        "dicomParser__CT0012.not_fragmented_bot_rle.dcm",
        "dicomParser__IM00001.fragmented_no_bot_jpeg_baseline.50.dcm",
        "pydicom__no_meta.dcm",
        "pydicom__meta_missing_tsyntax.dcm");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Kinds_AreSamples()
    {
        foreach (var name in Kinds)
        {
            Assert.Contains(name, Samples.Names);
        }
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task Open_Sample_ReadsSameFileAsPath(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path(name));
        await using var expected = await DicomFile.OpenAsync(Samples.Path(name));

        using var actual = DicomFile.Open(bytes);

        AssertSameFile(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Open_SmallThreshold_KeepsEveryValueInMemory(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path(name));

        using var file = DicomFile.Open(bytes, new DicomReadOptions { LargeValueThreshold = 0 });

        var sources = ValueSources(file.FileMetaInformation).Concat(ValueSources(file.Dataset)).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.IsType<MemoryByteSource>(source));
    }

    [Fact]
    public async Task Open_LargeValue_SlicesData()
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path("pydicom__CT_small.dcm"));

        using var file = DicomFile.Open(bytes, new DicomReadOptions { LargeValueThreshold = 1024 });

        var pixels = Assert.IsType<MemoryByteSource>(((DicomElement)file.Dataset[DicomTags.PixelData]!).Value);
        Assert.True(bytes.AsSpan().Overlaps(pixels.Memory.Span), "Pixel Data was copied instead of sliced.");
        var name = Assert.IsType<MemoryByteSource>(((DicomElement)file.Dataset[DicomTags.PatientName]!).Value);
        Assert.False(bytes.AsSpan().Overlaps(name.Memory.Span), "A small value was sliced instead of copied.");
    }

    [Fact]
    public async Task Open_DeflatedLargeValue_SlicesInflatedCopy()
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path("pydicom__image_dfl.dcm"));

        using var file = DicomFile.Open(bytes, new DicomReadOptions { LargeValueThreshold = 1024 });

        var pixels = Assert.IsType<MemoryByteSource>(((DicomElement)file.Dataset[DicomTags.PixelData]!).Value);
        Assert.False(bytes.AsSpan().Overlaps(pixels.Memory.Span), "Pixel Data refers to the deflated bytes.");
        Assert.True(MemoryMarshal.TryGetArray(pixels.Memory, out var segment), "Pixel Data is not in an array.");
        Assert.True(segment.Array!.Length > pixels.Length, "Pixel Data was copied instead of sliced.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Open_SliceOfLargerArray_ReadsSameFileAsPath(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path(name));
        byte[] padded = [.. Enumerable.Repeat((byte)0xEE, 37), .. bytes, .. Enumerable.Repeat((byte)0xEE, 11)];
        await using var expected = await DicomFile.OpenAsync(Samples.Path(name));

        using var actual = DicomFile.Open(padded.AsMemory(37, bytes.Length));

        AssertSameFile(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Open_CutFile_ThrowsAtSameOffsetAsPath(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path(name));
        foreach (var cut in Enumerable.Range(1, 12).Select(i => bytes.Length * i / 13))
        {
            var path = Path.Combine(_directory, $"{cut}-{name}");
            await File.WriteAllBytesAsync(path, bytes[..cut]);
            var expected = await Record.ExceptionAsync(async () => await (await DicomFile.OpenAsync(path)).DisposeAsync());

            var actual = Record.Exception(() => DicomFile.Open(bytes.AsMemory(0, cut)).Dispose());

            Assert.Equal(expected?.GetType(), actual?.GetType());
            Assert.Equal((expected as DicomFormatException)?.Offset, (actual as DicomFormatException)?.Offset);
        }
    }

    [Fact]
    public async Task Open_CorruptDeflatedData_Throws()
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path("pydicom__image_dfl.dcm"));
        var groupLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(140, 4));
        var dataStart = 144 + (int)groupLength;
        bytes.AsSpan(dataStart).Fill(0xFF);

        var error = Assert.Throws<DicomFormatException>(() => DicomFile.Open(bytes));

        Assert.Equal(dataStart, error.Offset);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameFile(DicomFile expected, DicomFile actual)
    {
        Assert.Equal(expected.TransferSyntax, actual.TransferSyntax);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Dataset.ReadWarnings, actual.Dataset.ReadWarnings);
        AssertSameDataset(expected.FileMetaInformation, actual.FileMetaInformation, "meta");
        AssertSameDataset(expected.Dataset, actual.Dataset, "");
    }

    /// <summary>Compares every element, group lengths included, by tag, VR, kind and value bytes.</summary>
    private static void AssertSameDataset(DicomDataset expected, DicomDataset actual, string path)
    {
        Assert.Equal(expected.Select(item => path + item.Tag), actual.Select(item => path + item.Tag));
        foreach (var (left, right) in expected.Zip(actual))
        {
            var where = path + left.Tag;
            Assert.True(left.VR == right.VR, $"{where}: VR {left.VR} read as {right.VR}");
            Assert.True(left.GetType() == right.GetType(), $"{where}: {left.GetType().Name} read as {right.GetType().Name}");
            switch (left)
            {
                case DicomElement element:
                    Assert.True(
                        DatasetAssert.Hash(element.Value) == DatasetAssert.Hash(((DicomElement)right).Value),
                        $"{where}: value differs");
                    break;
                case DicomSequence sequence:
                    var items = ((DicomSequence)right).Items;
                    Assert.True(sequence.Items.Count == items.Count, $"{where}: {sequence.Items.Count} items read as {items.Count}");
                    for (var i = 0; i < items.Count; i++)
                    {
                        AssertSameDataset(sequence.Items[i], items[i], $"{where}[{i}]");
                    }

                    break;
                case DicomFragmentSequence fragments:
                    Assert.Equal(DatasetAssert.Hashes(fragments), DatasetAssert.Hashes((DicomFragmentSequence)right));
                    break;
            }
        }
    }

    private static IEnumerable<IByteSource> ValueSources(DicomDataset dataset) =>
        dataset.SelectMany(item => item switch
        {
            DicomElement element => [element.Value],
            DicomSequence sequence => sequence.Items.SelectMany(ValueSources),
            DicomFragmentSequence fragments => fragments.Fragments.Prepend(fragments.BasicOffsetTable),
            _ => [],
        });
}
