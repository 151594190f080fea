using TeachingFile.Dicom;
using static TeachingFile.Core.Demo.CrossSectionalImage;

namespace TeachingFile.Core.Demo;

/// <summary>A CT chest with a 15 mm solid nodule in the right upper lobe, on three of eight 5 mm slices.</summary>
internal static class ChestCtStudy
{
    private const int Slices = 8;
    private const int NoduleSlice = 4;

    public static SyntheticStudy Create()
    {
        var patient = new DemoPatient("DEMO^CHEST", "DEMO-0001", "M", "064Y", "19620311");
        var builder = new DemoInstanceBuilder(patient, new DateOnly(2026, 1, 5), "CT CHEST WITHOUT CONTRAST");
        var series = new DemoSeries("CT", 2, "AXIAL 5MM LUNG", "CHEST");
        var instances = new List<DicomDataset>();
        for (var slice = 0; slice < Slices; slice++)
        {
            var phantom = Slice(slice);
            var dataset = builder.Create(DicomUids.CTImageStorage, series, slice + 1);
            SetAxialPlane(dataset, series, phantom, pixelSpacing: 1.5, sliceThickness: 5, z: -170 + (slice * 5));
            SetCtImage(dataset, "-600\\40", "1500\\400", "LUNG\\MEDIASTINUM");
            DemoInstanceBuilder.SetGrayscalePixels(dataset, phantom);
            instances.Add(dataset);
        }

        return new SyntheticStudy(SyntheticStudyGenerator.SolitaryPulmonaryNodule, instances);
    }

    private static Phantom Slice(int slice)
    {
        // The patient's right is on the image's left (x < 128), as in every axial display.
        var phantom = new Phantom(256, 256, Hu(-1000))
            .Ellipse(128, 128, 112, 82, Hu(-100))
            .Ellipse(128, 128, 104, 75, Hu(40))
            .Ellipse(84, 118, 38, 52, Hu(-860))
            .Ellipse(172, 118, 38, 52, Hu(-860))
            .Ellipse(132, 136, 20, 24, Hu(40))
            .Ellipse(128, 94, 9, 9, Hu(45))
            .Ellipse(128, 190, 11, 10, Hu(700));
        var distance = Math.Abs(slice - NoduleSlice);
        if (distance <= 1)
        {
            var radius = distance == 0 ? 5.0 : 3.5;
            phantom.Ellipse(78, 96, radius, radius, Hu(35));
        }

        return phantom.Noise(12, seed: 100 + slice);
    }
}
