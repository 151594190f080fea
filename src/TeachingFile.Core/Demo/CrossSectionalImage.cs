using System.Globalization;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Demo;

/// <summary>Adds the Frame of Reference and Image Plane modules of an axial slice, and the CT Image module.</summary>
internal static class CrossSectionalImage
{
    /// <summary>Stored value of 0 HU: CT pixels are stored as HU + 1024 with Rescale Intercept -1024.</summary>
    public const int WaterStoredValue = 1024;

    public static void SetAxialPlane(DicomDataset dataset, DemoSeries series, Phantom phantom, double pixelSpacing, double sliceThickness, double z)
    {
        var spacing = Format(pixelSpacing);
        var left = Format(-pixelSpacing * phantom.Columns / 2);
        var top = Format(-pixelSpacing * phantom.Rows / 2);
        dataset.SetString(DicomTags.FrameOfReferenceUID, series.FrameOfReferenceUid);
        dataset.SetString(DicomTags.PositionReferenceIndicator, string.Empty);
        dataset.SetString(DicomTags.PatientPosition, "HFS");
        dataset.SetString(DicomTags.PixelSpacing, spacing + "\\" + spacing);
        dataset.SetString(DicomTags.ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        dataset.SetString(DicomTags.ImagePositionPatient, left + "\\" + top + "\\" + Format(z));
        dataset.SetString(DicomTags.SliceThickness, Format(sliceThickness));
        dataset.SetString(DicomTags.SliceLocation, Format(z));
    }

    public static void SetCtImage(DicomDataset dataset, string windowCenters, string windowWidths, string explanations)
    {
        dataset.SetString(DicomTags.ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
        dataset.SetString(DicomTags.RescaleIntercept, "-1024");
        dataset.SetString(DicomTags.RescaleSlope, "1");
        dataset.SetString(DicomTags.RescaleType, "HU");
        dataset.SetString(DicomTags.KVP, "120");
        dataset.SetString(DicomTags.AcquisitionNumber, "1");
        dataset.SetString(DicomTags.WindowCenter, windowCenters);
        dataset.SetString(DicomTags.WindowWidth, windowWidths);
        dataset.SetString(DicomTags.WindowCenterWidthExplanation, explanations);
    }

    /// <summary>Converts Hounsfield units to the stored pixel value.</summary>
    public static int Hu(int hounsfieldUnits) => hounsfieldUnits + WaterStoredValue;

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
