using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace TeachingFile.Core.Tests.Imaging;

/// <summary>A decoded 8-bit PNG: width, height, channels and the unfiltered pixel rows.</summary>
internal sealed record DecodedPng(int Width, int Height, int Channels, byte[] Pixels)
{
    public byte Gray(int x, int y) => Pixels[(y * Width) + x];
}

/// <summary>Decodes the non-interlaced 8-bit gray and RGB PNGs the renderer writes, checking every CRC.</summary>
internal static class PngReader
{
    public static DecodedPng Decode(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        string type;
        do
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(Crc32.HashToUInt32(png.AsSpan(offset + 4, length + 4)), crc);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                channels = data[9] switch { 0 => 1, 2 => 3, _ => throw new InvalidDataException("color type") };
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += length + 12;
        }
        while (type != "IEND");

        Assert.Equal(png.Length, offset);
        return new DecodedPng(width, height, channels, Unfilter(idat.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] compressed, int width, int height, int channels)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var stride = width * channels;
        var bytes = raw.ToArray();
        Assert.Equal(height * (stride + 1), bytes.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = bytes[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = bytes[(y * (stride + 1)) + 1 + x];
                var left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                var up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                var upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException("filter " + filter),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
