using System.Buffers.Binary;

namespace TeachingFile.Core.Imaging;

/// <summary>
/// Renders a native MONOCHROME1/2 frame to 8-bit gray: stored bits masked and sign-extended, the
/// rescale slope and intercept applied, then the first window (PS3.3 C.11.2.1.2.1, linear) or, without
/// one, the frame's own minimum to maximum.
/// </summary>
internal static class GrayscaleRenderer
{
    // NOTE: a Modality LUT Sequence, a VOI LUT Sequence and the SIGMOID VOI LUT Function are ignored.
    public static RenderedImage Render(PixelModule pixels, ReadOnlySpan<byte> frame)
    {
        var values = Rescale(pixels, frame);
        var (center, width) = pixels.WindowCenter is { } c && pixels.WindowWidth is { } w
            ? (c, w)
            : RangeWindow(values);

        var invert = pixels.PhotometricInterpretation == "MONOCHROME1" ^ pixels.IsInverse;
        var output = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var gray = Window(values[i], center, width);
            output[i] = invert ? (byte)(255 - gray) : gray;
        }

        return new RenderedImage(pixels.Columns, pixels.Rows, 1, output);
    }

    /// <summary>Applies the linear VOI function; <paramref name="width"/> is at least 1.</summary>
    internal static byte Window(double value, double center, double width)
    {
        var lower = center - 0.5 - ((width - 1) / 2);
        var upper = center - 0.5 + ((width - 1) / 2);
        if (value <= lower)
        {
            return 0;
        }

        if (value > upper)
        {
            return 255;
        }

        var scaled = (((value - (center - 0.5)) / (width - 1)) + 0.5) * 255;
        return (byte)Math.Clamp(Math.Round(scaled), 0, 255);
    }

    private static double[] Rescale(PixelModule pixels, ReadOnlySpan<byte> frame)
    {
        var count = pixels.Rows * pixels.Columns;
        var shift = pixels.HighBit - pixels.BitsStored + 1;
        var mask = (1L << pixels.BitsStored) - 1;
        var signBit = 1L << (pixels.BitsStored - 1);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            long raw = pixels.BitsAllocated switch
            {
                8 => frame[i],
                16 => BinaryPrimitives.ReadUInt16LittleEndian(frame.Slice(i * 2, 2)),
                _ => BinaryPrimitives.ReadUInt32LittleEndian(frame.Slice(i * 4, 4)),
            };
            var stored = (raw >> shift) & mask;
            if (pixels.IsSigned && (stored & signBit) != 0)
            {
                stored -= 1L << pixels.BitsStored;
            }

            values[i] = (stored * pixels.RescaleSlope) + pixels.RescaleIntercept;
        }

        return values;
    }

    private static (double Center, double Width) RangeWindow(double[] values)
    {
        var min = double.MaxValue;
        var max = double.MinValue;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        // A window one unit wider than the range maps min to 0 and max to 255.
        var width = Math.Max(1, max - min + 1);
        return (min + (width / 2), width);
    }
}
