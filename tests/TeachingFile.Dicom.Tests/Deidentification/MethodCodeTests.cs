using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class MethodCodeTests
{
    [Fact]
    public void Default_options_record_the_profile_and_three_options()
    {
        var dataset = TestInstances.Ct();
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        deidentifier.Deidentify(dataset);

        Assert.Equal<string>(["113100", "113105", "113107", "113108"], CodeValues(dataset));
        Assert.Equal("YES", dataset.GetString(DicomTags.PatientIdentityRemoved));
        Assert.StartsWith("Basic Application Confidentiality Profile\\", dataset.GetString(DicomTags.DeidentificationMethod),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Each_enabled_option_adds_its_code()
    {
        var dataset = TestInstances.Ct();
        var options = new DeidentificationOptions
        {
            RetainLongitudinalTemporalInformationWithModifiedDates = false,
            RetainPatientCharacteristics = false,
            CleanDescriptors = false,
            RetainUids = true,
            RetainDeviceIdentity = true,
            RetainInstitutionIdentity = true,
            RetainSafePrivate = true,
            CleanGraphics = true,
            CleanStructuredContent = true,
        };
        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);

        deidentifier.Deidentify(dataset);

        Assert.Equal<string>(["113100", "113103", "113104", "113109", "113110", "113111", "113112"], CodeValues(dataset));
    }

    [Fact]
    public void Code_items_use_dcm_scheme()
    {
        var dataset = TestInstances.Ct();
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        deidentifier.Deidentify(dataset);

        var items = ((DicomSequence)dataset[DicomTags.DeidentificationMethodCodeSequence]!).Items;
        Assert.All(items, item => Assert.Equal("DCM", item.GetString(DicomTags.CodingSchemeDesignator)));
        Assert.Equal("Basic Application Confidentiality Profile", items[0].GetString(DicomTags.CodeMeaning));
        Assert.All(items, item => Assert.True(item.GetString(DicomTags.CodeMeaning)!.Length <= 64));
    }

    private static string[] CodeValues(DicomDataset dataset) =>
        ((DicomSequence)dataset[DicomTags.DeidentificationMethodCodeSequence]!).Items
            .Select(item => item.GetString(DicomTags.CodeValue) ?? "(missing)")
            .ToArray();
}
