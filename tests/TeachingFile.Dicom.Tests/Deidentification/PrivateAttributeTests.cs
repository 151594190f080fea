using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class PrivateAttributeTests
{
    private const string Creator = "ACME IMAGING 1.0";

    [Fact]
    public void Every_private_attribute_is_removed_by_default()
    {
        var dataset = WithPrivateBlock();
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var result = deidentifier.Deidentify(dataset);

        Assert.DoesNotContain(dataset, item => (item.Tag.Group & 1) == 1);
        Assert.Equal(5, result.Counts.PrivateRemoved);
    }

    [Fact]
    public void Private_attributes_inside_sequences_are_removed()
    {
        var dataset = TestInstances.Ct();
        var item = WithPrivateBlock();
        dataset.AddOrUpdate(new DicomSequence(DicomTags.RadiopharmaceuticalInformationSequence, [item]));
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        deidentifier.Deidentify(dataset);

        var nested = ((DicomSequence)dataset[DicomTags.RadiopharmaceuticalInformationSequence]!).Items[0];
        Assert.DoesNotContain(nested, element => (element.Tag.Group & 1) == 1);
    }

    [Fact]
    public void Safe_private_list_keeps_attribute_and_creator()
    {
        var dataset = WithPrivateBlock();
        var options = new DeidentificationOptions { RetainSafePrivate = true };
        options.SafePrivateAttributes.Add(new SafePrivateAttribute(Creator, 0x0019, 0x0C));
        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);

        deidentifier.Deidentify(dataset);

        Assert.Equal("1000", dataset.GetString(new DicomTag(0x0019, 0x100C)));
        Assert.Equal(Creator, dataset.GetString(new DicomTag(0x0019, 0x0010)));
        Assert.False(dataset.Contains(new DicomTag(0x0019, 0x1001)));
        Assert.False(dataset.Contains(new DicomTag(0x0029, 0x0010)));
        Assert.False(dataset.Contains(new DicomTag(0x0029, 0x1001)));
    }

    [Fact]
    public void Safe_private_list_is_ignored_without_its_option()
    {
        var dataset = WithPrivateBlock();
        var options = new DeidentificationOptions();
        options.SafePrivateAttributes.Add(new SafePrivateAttribute(Creator, 0x0019, 0x0C));
        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);

        deidentifier.Deidentify(dataset);

        Assert.False(dataset.Contains(new DicomTag(0x0019, 0x100C)));
    }

    [Fact]
    public void Listed_element_under_another_creator_is_removed()
    {
        var dataset = WithPrivateBlock();
        var options = new DeidentificationOptions { RetainSafePrivate = true };
        options.SafePrivateAttributes.Add(new SafePrivateAttribute("OTHER VENDOR", 0x0019, 0x0C));
        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);

        deidentifier.Deidentify(dataset);

        Assert.DoesNotContain(dataset, item => (item.Tag.Group & 1) == 1);
    }

    private static DicomDataset WithPrivateBlock()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(new DicomTag(0x0019, 0x0010), DicomVR.LO, Creator);
        dataset.SetString(new DicomTag(0x0019, 0x1001), DicomVR.LO, "Testpatient^Alpha");
        dataset.SetString(new DicomTag(0x0019, 0x100C), DicomVR.IS, "1000");
        dataset.SetString(new DicomTag(0x0029, 0x0010), DicomVR.LO, "OTHER VENDOR");
        dataset.SetString(new DicomTag(0x0029, 0x1001), DicomVR.LO, "PID-0001");
        return dataset;
    }
}
