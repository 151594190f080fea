using TeachingFile.Core.Demo;
using TeachingFile.Core.Imaging;
using TeachingFile.Core.Tests.Imaging;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Tests.Demo;

public sealed class SyntheticStudyGeneratorTests
{
    public static TheoryData<string> Keys => new()
    {
        SyntheticStudyGenerator.SolitaryPulmonaryNodule,
        SyntheticStudyGenerator.Pneumothorax,
        SyntheticStudyGenerator.AcuteIschemicStroke,
        SyntheticStudyGenerator.MultipleSclerosis,
    };

    [Fact]
    public void Studies_use_demo_patients_and_uids()
    {
        foreach (var study in SyntheticStudyGenerator.CreateAll())
        {
            var studyUids = study.Instances.Select(i => i.GetString(DicomTags.StudyInstanceUID)).Distinct().ToList();
            Assert.Single(studyUids);
            foreach (var instance in study.Instances)
            {
                Assert.StartsWith("DEMO^", instance.GetString(DicomTags.PatientName), StringComparison.Ordinal);
                Assert.StartsWith("2.25.", instance.GetString(DicomTags.SOPInstanceUID), StringComparison.Ordinal);
                Assert.StartsWith("2.25.", instance.GetString(DicomTags.SeriesInstanceUID), StringComparison.Ordinal);
                Assert.True(instance.GetString(DicomTags.SOPInstanceUID)!.Length <= 64);
                Assert.Equal("NO", instance.GetString(DicomTags.BurnedInAnnotation));
            }
        }
    }

    [Fact]
    public void Each_call_creates_new_uids()
    {
        var first = SyntheticStudyGenerator.CreateChestRadiograph().Instances[0];
        var second = SyntheticStudyGenerator.CreateChestRadiograph().Instances[0];

        Assert.NotEqual(first.GetString(DicomTags.SOPInstanceUID), second.GetString(DicomTags.SOPInstanceUID));
        Assert.NotEqual(first.GetString(DicomTags.StudyInstanceUID), second.GetString(DicomTags.StudyInstanceUID));
    }

    [Fact]
    public void Studies_use_expected_sop_classes()
    {
        Assert.All(SyntheticStudyGenerator.CreateChestCt().Instances, i => Assert.Equal(DicomUids.CTImageStorage, i.GetString(DicomTags.SOPClassUID)));
        Assert.All(SyntheticStudyGenerator.CreateHeadCt().Instances, i => Assert.Equal(DicomUids.CTImageStorage, i.GetString(DicomTags.SOPClassUID)));
        Assert.All(SyntheticStudyGenerator.CreateBrainMr().Instances, i => Assert.Equal(DicomUids.MRImageStorage, i.GetString(DicomTags.SOPClassUID)));
        Assert.Equal(
            DicomUids.ComputedRadiographyImageStorage,
            SyntheticStudyGenerator.CreateChestRadiograph().Instances[0].GetString(DicomTags.SOPClassUID));
    }

    [Fact]
    public async Task Chest_ct_shows_nodule_in_lung_window()
    {
        var study = SyntheticStudyGenerator.CreateChestCt();

        var middle = await RenderAsync(study.Instances[4]);
        var edge = await RenderAsync(study.Instances[0]);

        // The nodule (soft tissue) is bright in the lung window where the lung around it is dark.
        Assert.True(middle.Gray(78, 96) > 200, $"nodule gray {middle.Gray(78, 96)}");
        Assert.True(edge.Gray(78, 96) < 100, $"lung gray {edge.Gray(78, 96)}");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Every_instance_renders_a_thumbnail(string key)
    {
        var study = SyntheticStudyGenerator.CreateAll().Single(s => s.Key == key);

        foreach (var instance in study.Instances)
        {
            var image = await RenderAsync(instance);
            Assert.InRange(image.Width, 1, 256);
            Assert.True(image.Pixels.Distinct().Count() > 10, "the image shows more than a few gray levels");
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_study_has_case_text(string key)
    {
        var text = DemoCaseText.Load(key);

        Assert.False(string.IsNullOrWhiteSpace(text.Title));
        Assert.False(string.IsNullOrWhiteSpace(text.History));
        Assert.False(string.IsNullOrWhiteSpace(text.Findings));
        Assert.False(string.IsNullOrWhiteSpace(text.Diagnosis));
        Assert.False(string.IsNullOrWhiteSpace(text.Discussion));
    }

    [Fact]
    public void Case_text_without_section_is_rejected()
    {
        var exception = Assert.Throws<InvalidDataException>(
            () => DemoCaseText.Parse("# Title\n\n## History\n\nx\n\n## Findings\n\ny\n", "broken.md"));

        Assert.Contains("Diagnosis, Discussion", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<DecodedPng> RenderAsync(DicomDataset dataset)
    {
        var png = await ThumbnailRenderer.RenderAsync(dataset, TransferSyntax.ExplicitVRLittleEndian, 256, CancellationToken.None);
        Assert.NotNull(png);
        return PngReader.Decode(png);
    }
}
