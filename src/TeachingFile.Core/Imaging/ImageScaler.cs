namespace TeachingFile.Core.Imaging;

/// <summary>Shrinks an image so its long side is at most a given size, averaging each source box.</summary>
internal static class ImageScaler
{
    public static RenderedImage FitWithin(RenderedImage image, int maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, 1);
        var longSide = Math.Max(image.Width, image.Height);
        if (longSide <= maxSize)
        {
            return image;
        }

        var width = Math.Max(1, (int)Math.Round((double)image.Width * maxSize / longSide));
        var height = Math.Max(1, (int)Math.Round((double)image.Height * maxSize / longSide));
        var output = new byte[width * height * image.Channels];
        for (var y = 0; y < height; y++)
        {
            var top = (int)((long)y * image.Height / height);
            var bottom = Math.Max(top + 1, (int)((long)(y + 1) * image.Height / height));
            for (var x = 0; x < width; x++)
            {
                var left = (int)((long)x * image.Width / width);
                var right = Math.Max(left + 1, (int)((long)(x + 1) * image.Width / width));
                for (var channel = 0; channel < image.Channels; channel++)
                {
                    output[(((y * width) + x) * image.Channels) + channel] =
                        BoxAverage(image, left, right, top, bottom, channel);
                }
            }
        }

        return new RenderedImage(width, height, image.Channels, output);
    }

    private static byte BoxAverage(RenderedImage image, int left, int right, int top, int bottom, int channel)
    {
        long sum = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                sum += image.Pixels[(((y * image.Width) + x) * image.Channels) + channel];
            }
        }

        var count = (long)(right - left) * (bottom - top);
        return (byte)((sum + (count / 2)) / count);
    }
}
