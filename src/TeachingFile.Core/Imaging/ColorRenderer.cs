namespace TeachingFile.Core.Imaging;

/// <summary>Renders a native 8-bit RGB or YBR_FULL frame (planar configuration 0 or 1) to interleaved RGB.</summary>
internal static class ColorRenderer
{
    public static RenderedImage Render(PixelModule pixels, ReadOnlySpan<byte> frame)
    {
        var count = pixels.Rows * pixels.Columns;
        var output = new byte[count * 3];
        var isYbr = pixels.PhotometricInterpretation == "YBR_FULL";
        for (var i = 0; i < count; i++)
        {
            byte first, second, third;
            if (pixels.PlanarConfiguration == 1)
            {
                first = frame[i];
                second = frame[count + i];
                third = frame[(2 * count) + i];
            }
            else
            {
                first = frame[i * 3];
                second = frame[(i * 3) + 1];
                third = frame[(i * 3) + 2];
            }

            if (isYbr)
            {
                (first, second, third) = YbrToRgb(first, second, third);
            }

            output[i * 3] = first;
            output[(i * 3) + 1] = second;
            output[(i * 3) + 2] = third;
        }

        return new RenderedImage(pixels.Columns, pixels.Rows, 3, output);
    }

    /// <summary>Converts full-range YCbCr (PS3.3 C.7.6.3.1.2, ITU-R BT.601 coefficients) to RGB.</summary>
    internal static (byte R, byte G, byte B) YbrToRgb(byte y, byte cb, byte cr)
    {
        var blue = cb - 128.0;
        var red = cr - 128.0;
        return (
            ToByte(y + (1.402 * red)),
            ToByte(y - (0.344136 * blue) - (0.714136 * red)),
            ToByte(y + (1.772 * blue)));
    }

    private static byte ToByte(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);
}
