using System.Diagnostics;
using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

[Collection(SerialCollection.Name)]
public sealed class DicomFileStreamingTests : IDisposable
{
    private const int Side = 10_000;
    private const long PixelBytes = (long)Side * Side * 2;

    private readonly string _directory = Directory.CreateTempSubdirectory("tf-dicom-stream-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>
    /// Writes a 200 MB file from a sparse raw file, then reads it and saves it again into a sink that
    /// compares each byte with the first file. Only one 200 MB file touches the disk, so the test stays fast.
    /// </summary>
    [Fact]
    public async Task SaveAndReopen_200MBPixelData_StreamsWithoutLoadingIt()
    {
        var raw = CreateRawPixels();
        var first = Path.Combine(_directory, "first.dcm");
        var stopwatch = Stopwatch.StartNew();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        await new DicomFile(CreateDataset(raw), TransferSyntax.ExplicitVRLittleEndian).SaveAsync(first, CancellationToken.None);
        await using var file = await DicomFile.OpenAsync(first);
        var pixels = Assert.IsType<FileByteSource>(((DicomElement)file.Dataset[DicomTags.PixelData]!).Value);
        using var sink = new ComparingStream(first);
        await file.SaveAsync(sink, CancellationToken.None);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.InRange(allocated, 0, 16 * 1024 * 1024);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
        Assert.Equal(new FileInfo(first).Length, sink.Written);
        Assert.Equal(-1, sink.FirstDifference);
        Assert.Equal(PixelBytes, pixels.Length);
        Assert.Equal(new FileInfo(first).Length, pixels.Offset + pixels.Length);
        Assert.Equal(Markers(raw, 0), Markers(first, pixels.Offset));
        Assert.Equal(Side, file.Dataset.GetInt32(DicomTags.Rows));
    }

    private string CreateRawPixels()
    {
        var path = Path.Combine(_directory, "pixels.raw");
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.SetLength(PixelBytes);
        stream.Write("FIRST..."u8);
        stream.Position = PixelBytes - 8;
        stream.Write("...LAST!"u8);
        return path;
    }

    private static DicomDataset CreateDataset(string raw)
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SOPClassUID, DicomUids.SecondaryCaptureImageStorage);
        dataset.SetString(DicomTags.SOPInstanceUID, "2.25.1234567890");
        dataset.SetString(DicomTags.Modality, "OT");
        dataset.SetUInt16(DicomTags.Rows, Side);
        dataset.SetUInt16(DicomTags.Columns, Side);
        dataset.SetUInt16(DicomTags.BitsAllocated, 16);
        dataset.SetUInt16(DicomTags.SamplesPerPixel, 1);
        dataset.SetString(DicomTags.PhotometricInterpretation, "MONOCHROME2");
        dataset.AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OW, new FileByteSource(raw, 0, PixelBytes)));
        return dataset;
    }

    private static string Markers(string path, long offset)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[8];
        var tail = new byte[8];
        stream.Position = offset;
        stream.ReadExactly(head);
        stream.Position = offset + PixelBytes - 8;
        stream.ReadExactly(tail);
        return System.Text.Encoding.ASCII.GetString([.. head, .. tail]);
    }
}
