using TeachingFile.Dicom;

namespace TeachingFile.Core.Imaging;

/// <summary>The Image Pixel module attributes (PS3.3 C.7.6.3) plus the modality and VOI values a thumbnail needs.</summary>
internal sealed record PixelModule(
    int Rows,
    int Columns,
    int SamplesPerPixel,
    string PhotometricInterpretation,
    int BitsAllocated,
    int BitsStored,
    int HighBit,
    bool IsSigned,
    int PlanarConfiguration,
    int NumberOfFrames,
    double RescaleSlope,
    double RescaleIntercept,
    double? WindowCenter,
    double? WindowWidth,
    bool IsInverse)
{
    /// <summary>Bytes of one native frame.</summary>
    public long FrameLength => (long)Rows * Columns * SamplesPerPixel * (BitsAllocated / 8);

    public bool IsMonochrome => PhotometricInterpretation is "MONOCHROME1" or "MONOCHROME2";

    /// <summary>Reads the attributes; throws when one is missing or outside the range PS3.3 allows.</summary>
    public static PixelModule Read(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = Required(dataset, DicomTags.Rows);
        var columns = Required(dataset, DicomTags.Columns);
        var bitsAllocated = Required(dataset, DicomTags.BitsAllocated);
        var bitsStored = dataset.GetInt32(DicomTags.BitsStored) ?? bitsAllocated;
        var highBit = dataset.GetInt32(DicomTags.HighBit) ?? bitsStored - 1;
        if (rows <= 0 || columns <= 0)
        {
            throw new InvalidDataException($"Rows {rows} and Columns {columns} must both be positive.");
        }

        if (bitsStored < 1 || bitsStored > bitsAllocated || highBit < bitsStored - 1 || highBit >= bitsAllocated)
        {
            throw new InvalidDataException(
                $"Bits Stored {bitsStored} and High Bit {highBit} do not fit in Bits Allocated {bitsAllocated}.");
        }

        var slope = dataset.GetDouble(DicomTags.RescaleSlope) ?? 1.0;
        var width = dataset.GetDouble(DicomTags.WindowWidth);
        return new PixelModule(
            rows,
            columns,
            dataset.GetInt32(DicomTags.SamplesPerPixel) ?? 1,
            dataset.GetString(DicomTags.PhotometricInterpretation)?.Trim() ?? "MONOCHROME2",
            bitsAllocated,
            bitsStored,
            highBit,
            dataset.GetInt32(DicomTags.PixelRepresentation) == 1,
            dataset.GetInt32(DicomTags.PlanarConfiguration) ?? 0,
            Math.Max(1, dataset.GetInt32(DicomTags.NumberOfFrames) ?? 1),
            slope == 0 || double.IsNaN(slope) ? 1.0 : slope,
            dataset.GetDouble(DicomTags.RescaleIntercept) ?? 0.0,
            width is > 0 ? dataset.GetDouble(DicomTags.WindowCenter) : null,
            width is > 0 ? width : null,
            string.Equals(dataset.GetString(DicomTags.PresentationLUTShape)?.Trim(), "INVERSE", StringComparison.Ordinal));
    }

    private static int Required(DicomDataset dataset, DicomTag tag) =>
        dataset.GetInt32(tag) ?? throw new InvalidDataException($"The image has no {tag} value.");
}
