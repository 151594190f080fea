using TeachingFile.Core.Imaging;

namespace TeachingFile.Core.Tests.Imaging;

public sealed class ThumbnailFileTests
{
    // Renders the expected 8-bit image with pydicom (its own parser and pixel decoding) and the
    // linear VOI formula, then prints the largest difference from our PNG.
    private const string PythonReference = """
        import sys, struct, zlib
        import numpy as np
        import pydicom
        ds = pydicom.dcmread(sys.argv[1])
        frames = int(ds.get('NumberOfFrames', 1) or 1)
        pixels = ds.pixel_array
        if frames > 1:
            pixels = pixels[frames // 2]
        if ds.PhotometricInterpretation.startswith('MONOCHROME'):
            values = pixels.astype(np.float64) * float(ds.get('RescaleSlope', 1) or 1) + float(ds.get('RescaleIntercept', 0) or 0)
            if 'WindowWidth' in ds:
                first = lambda v: float(v[0]) if isinstance(v, pydicom.multival.MultiValue) else float(v)
                c, w = first(ds.WindowCenter), first(ds.WindowWidth)
            else:
                w = max(1.0, values.max() - values.min() + 1)
                c = values.min() + w / 2
            scaled = ((values - (c - 0.5)) / (w - 1) + 0.5) * 255
            expected = np.where(values <= c - 0.5 - (w - 1) / 2, 0, np.where(values > c - 0.5 + (w - 1) / 2, 255, np.clip(np.round(scaled), 0, 255)))
            if ds.PhotometricInterpretation == 'MONOCHROME1':
                expected = 255 - expected
        else:
            expected = pixels.astype(np.float64)
        data = open(sys.argv[2], 'rb').read()
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            if kind == b'IHDR':
                width, height, depth, color = struct.unpack('>IIBB', data[pos + 8:pos + 18])
            if kind == b'IDAT':
                idat += data[pos + 8:pos + 8 + length]
            pos += 12 + length
        channels = 1 if color == 0 else 3
        raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, width * channels + 1)
        rows = raw[:, 1:].astype(np.int64)
        for y in range(height):
            if raw[y, 0] == 2 and y > 0:
                rows[y] = (rows[y] + rows[y - 1]) % 256
        actual = rows.reshape(expected.shape)
        print(int(np.abs(actual - expected).max()))
        """;

    [Theory]
    [InlineData("CT_small.dcm", 128, 128, 1)]
    [InlineData("MR_small.dcm", 64, 64, 1)]
    [InlineData("MR_small_implicit.dcm", 64, 64, 1)]
    [InlineData("MR_small_bigendian.dcm", 64, 64, 1)]
    [InlineData("emri_small.dcm", 64, 64, 1)]
    [InlineData("ExplVR_BigEnd.dcm", 80, 60, 3)]
    public async Task Sample_renders_like_pydicom(string name, int width, int height, int channels)
    {
        var png = await ThumbnailRenderer.RenderFileAsync(TestFiles.Path(name), 256, CancellationToken.None);

        Assert.NotNull(png);
        var decoded = PngReader.Decode(png);
        Assert.Equal(width, decoded.Width);
        Assert.Equal(height, decoded.Height);
        Assert.Equal(channels, decoded.Channels);
        Assert.Equal("0", await CompareWithPydicomAsync(name, png));
    }

    [Fact]
    public async Task Byte_orders_render_identically()
    {
        var little = await ThumbnailRenderer.RenderFileAsync(TestFiles.Path("MR_small.dcm"), 256, CancellationToken.None);
        var implicitVr = await ThumbnailRenderer.RenderFileAsync(TestFiles.Path("MR_small_implicit.dcm"), 256, CancellationToken.None);
        var big = await ThumbnailRenderer.RenderFileAsync(TestFiles.Path("MR_small_bigendian.dcm"), 256, CancellationToken.None);

        Assert.Equal(little, implicitVr);
        Assert.Equal(little, big);
    }

    [Fact]
    public async Task Sample_is_scaled_to_max_size()
    {
        var png = await ThumbnailRenderer.RenderFileAsync(TestFiles.Path("CT_small.dcm"), 48, CancellationToken.None);

        var decoded = PngReader.Decode(png!);

        Assert.Equal(48, decoded.Width);
        Assert.Equal(48, decoded.Height);
    }

    [Fact]
    public async Task Compressed_sample_has_no_thumbnail()
    {
        var png = await ThumbnailRenderer.RenderFileAsync(TestFiles.Path("MR_small_RLE.dcm"), 256, CancellationToken.None);

        Assert.Null(png);
    }

    [Fact]
    public async Task File_command_recognizes_thumbnail()
    {
        var png = await ThumbnailRenderer.RenderFileAsync(TestFiles.Path("CT_small.dcm"), 256, CancellationToken.None);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tf-thumb-{Guid.NewGuid():N}.png");
        try
        {
            await File.WriteAllBytesAsync(path, png!);

            var output = await PngEncoderTests.RunAsync("/usr/bin/file", "-b", path);

            Assert.Equal("PNG image data, 128 x 128, 8-bit grayscale, non-interlaced", output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> CompareWithPydicomAsync(string name, byte[] png)
    {
        var pngPath = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tf-thumb-{Guid.NewGuid():N}.png");
        var script = System.IO.Path.ChangeExtension(pngPath, ".py");
        try
        {
            await File.WriteAllBytesAsync(pngPath, png);
            await File.WriteAllTextAsync(script, PythonReference);
            return (await PngEncoderTests.RunAsync("/usr/bin/python3", script, TestFiles.Path(name), pngPath)).Trim();
        }
        finally
        {
            File.Delete(pngPath);
            File.Delete(script);
        }
    }
}
