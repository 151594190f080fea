using TeachingFile.Dicom;

namespace TeachingFile.Core.Demo;

/// <summary>A PA chest radiograph (CR) with a large left pneumothorax: a pleural line and no lung markings beyond it.</summary>
internal static class ChestRadiographStudy
{
    public static SyntheticStudy Create()
    {
        var patient = new DemoPatient("DEMO^PNEUMOTHORAX", "DEMO-0002", "M", "023Y", "20021120");
        var builder = new DemoInstanceBuilder(patient, new DateOnly(2026, 1, 19), "XR CHEST PA");
        var series = new DemoSeries("CR", 1, "CHEST PA", "CHEST");
        var phantom = Image();

        var dataset = builder.Create(DicomUids.ComputedRadiographyImageStorage, series, 1);
        dataset.SetString(DicomTags.ImageType, "ORIGINAL\\PRIMARY");
        dataset.SetString(DicomTags.ViewPosition, "PA");
        dataset.SetString(DicomTags.PatientOrientation, "L\\F");
        dataset.SetString(DicomTags.KVP, "110");
        dataset.SetString(DicomTags.ImagerPixelSpacing, "0.7\\0.7");
        dataset.SetString(DicomTags.WindowCenter, "2048");
        dataset.SetString(DicomTags.WindowWidth, "4096");
        DemoInstanceBuilder.SetGrayscalePixels(dataset, phantom);
        return new SyntheticStudy(SyntheticStudyGenerator.Pneumothorax, [dataset]);
    }

    private static Phantom Image()
    {
        // MONOCHROME2: air is dark and bone bright. The patient's left is on the image's right.
        var phantom = new Phantom(512, 512, 150)
            .Ellipse(256, 280, 230, 260, 2000)
            .Ellipse(160, 250, 80, 150, 800)
            .Ellipse(352, 250, 82, 152, 380);

        // The collapsed left lung: a bright visceral pleural line around denser lung near the hilum.
        phantom
            .Ellipse(318, 270, 44, 92, 1500)
            .Ellipse(318, 270, 41, 89, 1050)
            .Ellipse(262, 300, 46, 110, 2400)
            .Ellipse(256, 250, 16, 230, 2700)
            .Ellipse(170, 92, 70, 10, 2500)
            .Ellipse(342, 92, 70, 10, 2500);
        return phantom.Noise(40, seed: 200);
    }
}
