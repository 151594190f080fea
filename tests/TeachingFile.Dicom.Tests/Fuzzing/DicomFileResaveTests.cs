using System.Buffers.Binary;
using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests.Fuzzing;

/// <summary>
/// Every file the reader accepts must save again, as the part10 fuzz target checks. Each test here is an
/// input that the reader used to accept and the writer could not save.
/// </summary>
public sealed class DicomFileResaveTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tf-dicom-resave-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task OpenAsync_NestedEncapsulatedPixelDataInNativeFile_Throws()
    {
        var original = await File.ReadAllBytesAsync(Samples.Path("pydicom__MR_small.dcm"));
        var pixelData = original.AsSpan().LastIndexOf((byte[])[0xE0, 0x7F, 0x10, 0x00]);
        var iconSequence = IconSequenceWithEncapsulatedPixelData();
        var path = Path.Combine(_directory, "nested-encapsulated.dcm");
        await File.WriteAllBytesAsync(path, [.. original[..pixelData], .. iconSequence, .. original[pixelData..]]);

        var error = await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.OpenAsync(path));

        Assert.Equal(pixelData + 20, error.Offset);
        Assert.Contains("(7FE0,0010)", error.Message, StringComparison.Ordinal);
        Assert.Contains("native", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Icon Image Sequence (0088,0200) of undefined length, with one item holding encapsulated Pixel Data:
    /// an empty offset table and one 4-byte fragment. Explicit VR Little Endian.
    /// </summary>
    private static byte[] IconSequenceWithEncapsulatedPixelData()
    {
        var bytes = new List<byte>();
        bytes.AddRange([0x88, 0x00, 0x00, 0x02, (byte)'S', (byte)'Q', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]);
        AddItemTag(bytes, 0xE000, uint.MaxValue);
        bytes.AddRange([0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'B', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]);
        AddItemTag(bytes, 0xE000, 0);
        AddItemTag(bytes, 0xE000, 4);
        bytes.AddRange([1, 2, 3, 4]);
        AddItemTag(bytes, 0xE0DD, 0);
        AddItemTag(bytes, 0xE00D, 0);
        AddItemTag(bytes, 0xE0DD, 0);
        return [.. bytes];
    }

    private static void AddItemTag(List<byte> bytes, ushort element, uint length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], element);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
        bytes.AddRange(header);
    }
}
