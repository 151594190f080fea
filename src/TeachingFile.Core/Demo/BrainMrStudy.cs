using TeachingFile.Dicom;

namespace TeachingFile.Core.Demo;

/// <summary>
/// A T2-weighted axial MR brain with ovoid periventricular white matter lesions perpendicular to the
/// lateral ventricles, the pattern of multiple sclerosis.
/// </summary>
internal static class BrainMrStudy
{
    private const int Slices = 6;

    public static SyntheticStudy Create()
    {
        var patient = new DemoPatient("DEMO^BRAIN", "DEMO-0004", "F", "029Y", "19970214");
        var builder = new DemoInstanceBuilder(patient, new DateOnly(2026, 3, 2), "MR BRAIN WITHOUT CONTRAST");
        var series = new DemoSeries("MR", 3, "AX T2 TSE", "HEAD");
        var instances = new List<DicomDataset>();
        for (var slice = 0; slice < Slices; slice++)
        {
            var phantom = Slice(slice);
            var dataset = builder.Create(DicomUids.MRImageStorage, series, slice + 1);
            CrossSectionalImage.SetAxialPlane(dataset, series, phantom, pixelSpacing: 0.9, sliceThickness: 5, z: 10 + (slice * 6));
            SetMrImage(dataset);
            DemoInstanceBuilder.SetGrayscalePixels(dataset, phantom);
            instances.Add(dataset);
        }

        return new SyntheticStudy(SyntheticStudyGenerator.MultipleSclerosis, instances);
    }

    private static void SetMrImage(DicomDataset dataset)
    {
        dataset.SetString(DicomTags.ImageType, "ORIGINAL\\PRIMARY\\OTHER");
        dataset.SetString(DicomTags.ScanningSequence, "SE");
        dataset.SetString(DicomTags.SequenceVariant, "SK");
        dataset.SetString(DicomTags.ScanOptions, string.Empty);
        dataset.SetString(DicomTags.MRAcquisitionType, "2D");
        dataset.SetString(DicomTags.SequenceName, "T2 TSE");
        dataset.SetString(DicomTags.RepetitionTime, "4000");
        dataset.SetString(DicomTags.EchoTime, "100");
        dataset.SetString(DicomTags.EchoTrainLength, "16");
        dataset.SetString(DicomTags.MagneticFieldStrength, "1.5");
        dataset.SetString(DicomTags.ImagedNucleus, "1H");
        dataset.SetString(DicomTags.SpacingBetweenSlices, "6");
        dataset.SetString(DicomTags.WindowCenter, "1600");
        dataset.SetString(DicomTags.WindowWidth, "3200");
    }

    private static Phantom Slice(int slice)
    {
        // T2: CSF brightest, grey matter brighter than white matter, cortical bone dark.
        var phantom = new Phantom(256, 256, 20)
            .Ellipse(128, 128, 96, 118, 1700)
            .Ellipse(128, 128, 91, 113, 120)
            .Ellipse(128, 128, 87, 109, 3000)
            .Ellipse(128, 128, 84, 106, 1700)
            .Ellipse(128, 128, 70, 91, 1100)
            .Ellipse(114, 128, 7, 30, 3100)
            .Ellipse(142, 128, 7, 30, 3100);

        // Lesions are long across the ventricles' axis (Dawson fingers); each shows on a few slices.
        if (slice is >= 1 and <= 3)
        {
            phantom.Ellipse(97, 108, 8, 3.5, 2500).Ellipse(160, 142, 7, 3, 2500);
        }

        if (slice is >= 2 and <= 4)
        {
            phantom.Ellipse(96, 150, 6, 3, 2450).Ellipse(163, 106, 8, 3.5, 2500);
        }

        if (slice == 3)
        {
            phantom.Ellipse(70, 120, 4, 4, 2400);
        }

        return phantom.Noise(30, seed: 400 + slice);
    }
}
