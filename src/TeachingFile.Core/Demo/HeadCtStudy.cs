using TeachingFile.Dicom;
using static TeachingFile.Core.Demo.CrossSectionalImage;

namespace TeachingFile.Core.Demo;

/// <summary>A non-contrast CT head with a hypodense left middle cerebral artery territory infarct.</summary>
internal static class HeadCtStudy
{
    private const int Slices = 6;

    public static SyntheticStudy Create()
    {
        var patient = new DemoPatient("DEMO^STROKE", "DEMO-0003", "F", "071Y", "19550602");
        var builder = new DemoInstanceBuilder(patient, new DateOnly(2026, 2, 9), "CT HEAD WITHOUT CONTRAST");
        var series = new DemoSeries("CT", 2, "AXIAL 5MM BRAIN", "HEAD");
        var instances = new List<DicomDataset>();
        for (var slice = 0; slice < Slices; slice++)
        {
            var phantom = Slice(slice);
            var dataset = builder.Create(DicomUids.CTImageStorage, series, slice + 1);
            SetAxialPlane(dataset, series, phantom, pixelSpacing: 0.9, sliceThickness: 5, z: 20 + (slice * 5));
            SetCtImage(dataset, "40\\600", "80\\2800", "BRAIN\\BONE");
            DemoInstanceBuilder.SetGrayscalePixels(dataset, phantom);
            instances.Add(dataset);
        }

        return new SyntheticStudy(SyntheticStudyGenerator.AcuteIschemicStroke, instances);
    }

    private static Phantom Slice(int slice)
    {
        var phantom = new Phantom(256, 256, Hu(-1000))
            .Ellipse(128, 128, 92, 112, Hu(20))
            .Ellipse(128, 128, 88, 108, Hu(1000))
            .Ellipse(128, 128, 82, 102, Hu(8))
            .Ellipse(128, 128, 79, 99, Hu(40))
            .Ellipse(128, 128, 64, 84, Hu(28))
            .Ellipse(114, 126, 7, 26, Hu(6))
            .Ellipse(142, 126, 7, 26, Hu(6));

        // Image right is the patient's left: a wedge of cortex and white matter loses density.
        if (slice is >= 1 and <= 4)
        {
            phantom.Ellipse(182, 120, 24, 38, Hu(17));
        }

        return phantom.Noise(3, seed: 300 + slice);
    }
}
