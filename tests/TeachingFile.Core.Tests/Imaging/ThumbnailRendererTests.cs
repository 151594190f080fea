using TeachingFile.Core.Imaging;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Tests.Imaging;

public sealed class ThumbnailRendererTests
{
    private static async Task<DecodedPng> RenderAsync(DicomDataset dataset, int maxSize = 256)
    {
        var png = await ThumbnailRenderer.RenderAsync(dataset, TransferSyntax.ExplicitVRLittleEndian, maxSize, CancellationToken.None);
        Assert.NotNull(png);
        return PngReader.Decode(png);
    }

    [Fact]
    public async Task Window_maps_rescaled_values_to_gray()
    {
        // CT-like: stored value + intercept -1024 = HU; window 40/400 spans -160..240 HU.
        var dataset = ImageDatasets.Gray16(4, 1, [0, 864, 1064, 2000]);
        dataset.SetString(DicomTags.RescaleIntercept, DicomVR.DS, "-1024");
        dataset.SetString(DicomTags.RescaleSlope, DicomVR.DS, "1");
        dataset.SetString(DicomTags.WindowCenter, DicomVR.DS, "40\\300");
        dataset.SetString(DicomTags.WindowWidth, DicomVR.DS, "400\\1500");

        var image = await RenderAsync(dataset);

        Assert.Equal(0, image.Gray(0, 0));
        Assert.Equal(0, image.Gray(1, 0));
        Assert.Equal(128, image.Gray(2, 0));
        Assert.Equal(255, image.Gray(3, 0));
    }

    [Fact]
    public async Task Without_window_frame_range_is_used()
    {
        var dataset = ImageDatasets.Gray16(3, 1, [-1000, 0, 1000]);

        var image = await RenderAsync(dataset);

        Assert.Equal([0, 128, 255], image.Pixels);
    }

    [Fact]
    public async Task Signed_values_are_sign_extended_from_bits_stored()
    {
        // 12 bits stored: 0x800 is -2048, 0xFFF is -1, 0x7FF is 2047; bits above bit 11 are noise to mask.
        var dataset = ImageDatasets.Gray16(3, 1, [unchecked((short)0xF800), unchecked((short)0xAFFF), 0x07FF]);
        dataset.SetUInt16(DicomTags.BitsStored, 12);
        dataset.SetUInt16(DicomTags.HighBit, 11);
        dataset.SetString(DicomTags.WindowCenter, DicomVR.DS, "0");
        dataset.SetString(DicomTags.WindowWidth, DicomVR.DS, "4096");

        var image = await RenderAsync(dataset);

        Assert.Equal(0, image.Gray(0, 0));
        Assert.Equal(127, image.Gray(1, 0));
        Assert.Equal(255, image.Gray(2, 0));
    }

    [Fact]
    public async Task Unsigned_bits_stored_are_masked()
    {
        var dataset = ImageDatasets.Gray16(2, 1, [unchecked((short)0xF000), unchecked((short)0xFFFF)], signed: false);
        dataset.SetUInt16(DicomTags.BitsStored, 12);
        dataset.SetUInt16(DicomTags.HighBit, 11);

        var image = await RenderAsync(dataset);

        Assert.Equal([0, 255], image.Pixels);
    }

    [Fact]
    public async Task Monochrome1_is_inverted()
    {
        var image = await RenderAsync(ImageDatasets.Gray8(2, 1, [10, 200], "MONOCHROME1"));

        Assert.Equal([255, 0], image.Pixels);
    }

    [Fact]
    public async Task Rgb_planar_configurations_render_alike()
    {
        var interleaved = ImageDatasets.Color(2, 1, "RGB", 0, [255, 0, 0, 0, 0, 255]);
        var planar = ImageDatasets.Color(2, 1, "RGB", 1, [255, 0, 0, 0, 0, 255]);

        var first = await RenderAsync(interleaved);
        var second = await RenderAsync(planar);

        Assert.Equal(3, first.Channels);
        Assert.Equal([255, 0, 0, 0, 0, 255], first.Pixels);
        Assert.Equal([255, 0, 0, 0, 0, 255], second.Pixels);
    }

    [Fact]
    public async Task Ybr_full_is_converted_to_rgb()
    {
        // Y=76 Cb=85 Cr=255 is pure red in full-range BT.601; Y=128 Cb=Cr=128 is mid gray.
        var image = await RenderAsync(ImageDatasets.Color(2, 1, "YBR_FULL", 0, [76, 85, 255, 128, 128, 128]));

        Assert.InRange(image.Pixels[0], 253, 255);
        Assert.InRange(image.Pixels[1], 0, 2);
        Assert.InRange(image.Pixels[2], 0, 2);
        Assert.Equal([128, 128, 128], image.Pixels[3..]);
    }

    [Fact]
    public async Task Long_side_is_scaled_to_max_size()
    {
        var image = await RenderAsync(ImageDatasets.Gray8(512, 256, new byte[512 * 256]), maxSize: 128);

        Assert.Equal(128, image.Width);
        Assert.Equal(64, image.Height);
    }

    [Fact]
    public async Task Small_image_keeps_its_size()
    {
        var image = await RenderAsync(ImageDatasets.Gray8(30, 20, new byte[600]), maxSize: 128);

        Assert.Equal(30, image.Width);
        Assert.Equal(20, image.Height);
    }

    [Fact]
    public async Task Multiframe_renders_middle_frame()
    {
        var values = new short[3 * 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (short)(i / 4 * 100);
        }

        var dataset = ImageDatasets.Gray16(2, 2, values, frames: 3);
        dataset.SetString(DicomTags.WindowCenter, DicomVR.DS, "100");
        dataset.SetString(DicomTags.WindowWidth, DicomVR.DS, "101");

        var image = await RenderAsync(dataset);

        // Frames hold 0, 100 and 200: the window shows the first black, the last white, the middle 129.
        Assert.All(image.Pixels, gray => Assert.Equal(129, gray));
    }

    [Fact]
    public async Task Encapsulated_pixel_data_has_no_thumbnail()
    {
        var dataset = ImageDatasets.Pixels(2, 2, "MONOCHROME2", 8, 8, 1);
        dataset.AddOrUpdate(new DicomFragmentSequence(DicomTags.PixelData, DicomVR.OB, MemoryByteSource.Empty, [new MemoryByteSource([1, 2])]));

        var png = await ThumbnailRenderer.RenderAsync(dataset, TransferSyntax.RleLossless, 64, CancellationToken.None);

        Assert.Null(png);
    }

    [Fact]
    public async Task Palette_color_has_no_thumbnail()
    {
        var dataset = ImageDatasets.Gray8(2, 1, [1, 2], "PALETTE COLOR");

        var png = await ThumbnailRenderer.RenderAsync(dataset, TransferSyntax.ExplicitVRLittleEndian, 64, CancellationToken.None);

        Assert.Null(png);
    }

    [Fact]
    public async Task Missing_pixel_data_has_no_thumbnail()
    {
        var dataset = ImageDatasets.Pixels(2, 2, "MONOCHROME2", 8, 8, 1);

        var png = await ThumbnailRenderer.RenderAsync(dataset, TransferSyntax.ExplicitVRLittleEndian, 64, CancellationToken.None);

        Assert.Null(png);
    }

    [Fact]
    public async Task Short_pixel_data_is_invalid()
    {
        var dataset = ImageDatasets.Gray8(4, 4, [1, 2, 3]);

        await Assert.ThrowsAsync<InvalidDataException>(
            () => ThumbnailRenderer.RenderAsync(dataset, TransferSyntax.ExplicitVRLittleEndian, 64, CancellationToken.None));
    }

    [Fact]
    public async Task Inconsistent_bits_are_invalid()
    {
        var dataset = ImageDatasets.Gray8(1, 1, [1]);
        dataset.SetUInt16(DicomTags.BitsStored, 12);

        await Assert.ThrowsAsync<InvalidDataException>(
            () => ThumbnailRenderer.RenderAsync(dataset, TransferSyntax.ExplicitVRLittleEndian, 64, CancellationToken.None));
    }
}
