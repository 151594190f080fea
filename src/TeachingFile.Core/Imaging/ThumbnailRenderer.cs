using TeachingFile.Dicom;

namespace TeachingFile.Core.Imaging;

/// <summary>
/// Renders the middle frame of an image with native (uncompressed) Pixel Data to a PNG whose long
/// side is at most a given size. Supported: MONOCHROME1/2 with 8, 16 or 32 bits allocated, and 8-bit
/// RGB or YBR_FULL. Compressed pixel data and other photometric interpretations get no thumbnail.
/// </summary>
public static class ThumbnailRenderer
{
    /// <summary>Frames larger than this are rejected rather than loaded (a 16-bit 16384 x 16384 frame is 512 MiB).</summary>
    public const long MaxFrameLength = 512L * 1024 * 1024;

    /// <summary>Reads a Part 10 file and renders it as <see cref="RenderAsync(DicomDataset, TransferSyntax, int, CancellationToken)"/> does.</summary>
    /// <exception cref="DicomFormatException">The file is not readable DICOM.</exception>
    /// <exception cref="InvalidDataException">The pixel attributes are missing, inconsistent or the value is too short.</exception>
    public static async Task<byte[]?> RenderFileAsync(string path, int maxSize, CancellationToken cancellationToken)
    {
        var file = await DicomFile.OpenAsync(path, DicomReadOptions.Default, cancellationToken).ConfigureAwait(false);
        await using (file.ConfigureAwait(false))
        {
            return await RenderAsync(file.Dataset, file.TransferSyntax, maxSize, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Renders the PNG bytes, or returns null when the image has no native pixel data or a pixel
    /// format this renderer does not handle.
    /// </summary>
    /// <exception cref="InvalidDataException">The pixel attributes are missing, inconsistent or the value is too short.</exception>
    public static async Task<byte[]?> RenderAsync(
        DicomDataset dataset, TransferSyntax transferSyntax, int maxSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, 1);
        if (transferSyntax.IsEncapsulated || dataset[DicomTags.PixelData] is not DicomElement pixelData)
        {
            return null;
        }

        var pixels = PixelModule.Read(dataset);
        if (!IsSupported(pixels))
        {
            return null;
        }

        var frameLength = pixels.FrameLength;
        if (frameLength > MaxFrameLength)
        {
            throw new InvalidDataException($"A frame of {frameLength} bytes is larger than the {MaxFrameLength} bytes a thumbnail may read.");
        }

        var frameIndex = ChooseFrame(pixels, pixelData.Length);
        var frame = await FrameReader.ReadAsync(pixelData.Value, frameIndex * frameLength, (int)frameLength, cancellationToken)
            .ConfigureAwait(false);
        var image = pixels.IsMonochrome ? GrayscaleRenderer.Render(pixels, frame) : ColorRenderer.Render(pixels, frame);
        return PngEncoder.Encode(ImageScaler.FitWithin(image, maxSize));
    }

    private static bool IsSupported(PixelModule pixels)
    {
        if (pixels.IsMonochrome)
        {
            return pixels.SamplesPerPixel == 1 && pixels.BitsAllocated is 8 or 16 or 32;
        }

        return pixels.SamplesPerPixel == 3
            && pixels.BitsAllocated == 8
            && pixels.PhotometricInterpretation is "RGB" or "YBR_FULL";
    }

    /// <summary>Picks the middle frame, which shows more of the anatomy than the first of a stack.</summary>
    private static long ChooseFrame(PixelModule pixels, long pixelDataLength)
    {
        var available = pixelDataLength / pixels.FrameLength;
        if (available < 1)
        {
            throw new InvalidDataException(
                $"Pixel Data holds {pixelDataLength} bytes, less than one {pixels.Columns} x {pixels.Rows} frame of {pixels.FrameLength} bytes.");
        }

        return Math.Min(pixels.NumberOfFrames, available) / 2;
    }
}
