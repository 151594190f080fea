using TeachingFile.Dicom;

namespace TeachingFile.Core.Tests.Imaging;

/// <summary>Builds in-memory data sets with native pixel data for renderer tests.</summary>
internal static class ImageDatasets
{
    public static DicomDataset Gray16(int columns, int rows, short[] values, bool signed = true, int frames = 1)
    {
        var dataset = Pixels(columns, rows, "MONOCHROME2", bitsAllocated: 16, bitsStored: 16, samples: 1);
        dataset.SetUInt16(DicomTags.PixelRepresentation, signed ? (ushort)1 : (ushort)0);
        if (frames > 1)
        {
            dataset.SetString(DicomTags.NumberOfFrames, DicomVR.IS, frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var bytes = new byte[values.Length * 2];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        dataset.SetBytes(DicomTags.PixelData, DicomVR.OW, bytes);
        return dataset;
    }

    public static DicomDataset Gray8(int columns, int rows, byte[] values, string photometric = "MONOCHROME2")
    {
        var dataset = Pixels(columns, rows, photometric, bitsAllocated: 8, bitsStored: 8, samples: 1);
        dataset.SetUInt16(DicomTags.PixelRepresentation, 0);
        dataset.SetBytes(DicomTags.PixelData, DicomVR.OB, values);
        return dataset;
    }

    public static DicomDataset Color(int columns, int rows, string photometric, int planar, byte[] values)
    {
        var dataset = Pixels(columns, rows, photometric, bitsAllocated: 8, bitsStored: 8, samples: 3);
        dataset.SetUInt16(DicomTags.PixelRepresentation, 0);
        dataset.SetUInt16(DicomTags.PlanarConfiguration, (ushort)planar);
        dataset.SetBytes(DicomTags.PixelData, DicomVR.OB, values);
        return dataset;
    }

    public static DicomDataset Pixels(int columns, int rows, string photometric, int bitsAllocated, int bitsStored, int samples)
    {
        var dataset = new DicomDataset();
        dataset.SetUInt16(DicomTags.SamplesPerPixel, (ushort)samples);
        dataset.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, photometric);
        dataset.SetUInt16(DicomTags.Rows, (ushort)rows);
        dataset.SetUInt16(DicomTags.Columns, (ushort)columns);
        dataset.SetUInt16(DicomTags.BitsAllocated, (ushort)bitsAllocated);
        dataset.SetUInt16(DicomTags.BitsStored, (ushort)bitsStored);
        dataset.SetUInt16(DicomTags.HighBit, (ushort)(bitsStored - 1));
        return dataset;
    }
}
