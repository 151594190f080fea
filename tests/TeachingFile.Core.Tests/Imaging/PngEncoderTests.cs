using System.Diagnostics;
using TeachingFile.Core.Imaging;

namespace TeachingFile.Core.Tests.Imaging;

public sealed class PngEncoderTests
{
    // Decodes with Python's zlib, independent of .NET, and prints width, height, color type and the
    // sum of the unfiltered bytes.
    private const string PythonDecoder = """
        import sys, struct, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\x89PNG\r\n\x1a\n'
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            crc = struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])[0]
            assert zlib.crc32(kind + body) == crc, kind
            if kind == b'IHDR':
                width, height, depth, color = struct.unpack('>IIBB', body[:10])
            if kind == b'IDAT':
                idat += body
            pos += 12 + length
        raw = zlib.decompress(idat)
        channels = 1 if color == 0 else 3
        stride = width * channels
        rows, previous = [], bytearray(stride)
        for y in range(height):
            kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
            assert kind in (0, 2), kind
            if kind == 2:
                line = bytearray((line[i] + previous[i]) & 255 for i in range(stride))
            rows.append(line)
            previous = line
        print(width, height, color, sum(sum(r) for r in rows))
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Png_decodes_with_python_zlib(int channels)
    {
        const int width = 37, height = 23;
        var pixels = new byte[width * height * channels];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 7) % 251);
        }

        var path = Path.Combine(Path.GetTempPath(), $"tf-png-{Guid.NewGuid():N}.png");
        var script = Path.ChangeExtension(path, ".py");
        try
        {
            await File.WriteAllBytesAsync(path, PngEncoder.Encode(new RenderedImage(width, height, channels, pixels)));
            await File.WriteAllTextAsync(script, PythonDecoder);

            var output = await RunAsync("/usr/bin/python3", script, path);

            var expectedColor = channels == 1 ? 0 : 2;
            Assert.Equal($"{width} {height} {expectedColor} {pixels.Sum(b => (long)b)}", output.Trim());
        }
        finally
        {
            File.Delete(path);
            File.Delete(script);
        }
    }

    [Fact]
    public void Png_round_trips_pixels()
    {
        var pixels = Enumerable.Range(0, 6 * 4 * 3).Select(i => (byte)(255 - i)).ToArray();

        var decoded = PngReader.Decode(PngEncoder.Encode(new RenderedImage(6, 4, 3, pixels)));

        Assert.Equal(6, decoded.Width);
        Assert.Equal(4, decoded.Height);
        Assert.Equal(3, decoded.Channels);
        Assert.Equal(pixels, decoded.Pixels);
    }

    internal static async Task<string> RunAsync(string program, params string[] arguments)
    {
        Assert.True(File.Exists(program), $"{program} is required by this test and is not installed.");
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
