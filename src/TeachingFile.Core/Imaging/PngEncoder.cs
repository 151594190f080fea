using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace TeachingFile.Core.Imaging;

/// <summary>
/// Writes 8-bit grayscale or RGB images as PNG (ISO/IEC 15948): signature, IHDR, one IDAT chunk of
/// zlib data and IEND. Every scanline uses the Up filter, which compresses medical images well.
/// </summary>
internal static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes <paramref name="image"/> and returns the PNG file bytes.</summary>
    public static byte[] Encode(RenderedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var output = new MemoryStream();
        output.Write(Signature);
        WriteChunk(output, "IHDR", Header(image));
        WriteChunk(output, "IDAT", CompressScanlines(image));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] Header(RenderedImage image)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bit depth
        header[9] = image.Channels == 1 ? (byte)0 : (byte)2; // color type: grayscale or truecolor
        header[10] = 0; // compression method: deflate
        header[11] = 0; // filter method: adaptive (five filter types)
        header[12] = 0; // interlace method: none
        return header;
    }

    private static byte[] CompressScanlines(RenderedImage image)
    {
        var stride = image.Width * image.Channels;
        var line = new byte[stride + 1];
        line[0] = 2; // filter type Up: each byte minus the byte above it
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var pixels = image.Pixels.AsSpan();
            for (var y = 0; y < image.Height; y++)
            {
                var row = pixels.Slice(y * stride, stride);
                var above = y == 0 ? default : pixels.Slice((y - 1) * stride, stride);
                for (var x = 0; x < stride; x++)
                {
                    line[x + 1] = (byte)(row[x] - (y == 0 ? 0 : above[x]));
                }

                zlib.Write(line);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        output.Write(buffer);

        // The CRC covers the chunk type and data, not the length.
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, crc.GetCurrentHashAsUInt32());
        output.Write(buffer);
    }
}
