using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class UidReplacementTests
{
    [Fact]
    public void Same_key_gives_same_uids()
    {
        var first = Deidentified(TestKeys.SiteA);
        var second = Deidentified(TestKeys.SiteA);

        Assert.Equal(first.GetString(DicomTags.SOPInstanceUID), second.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(first.GetString(DicomTags.StudyInstanceUID), second.GetString(DicomTags.StudyInstanceUID));
        Assert.NotEqual("1.2.3.4.100.1.1", first.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public void Different_keys_give_different_replacements()
    {
        var a = Deidentified(TestKeys.SiteA);
        var b = Deidentified(TestKeys.SiteB);

        Assert.NotEqual(a.GetString(DicomTags.SOPInstanceUID), b.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public void Replacement_is_valid_2_25_uid()
    {
        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        var uid = deidentifier.ReplaceUid("1.2.3.4.100.1.1");

        Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
        Assert.True(uid.Length <= 64, uid);
        Assert.All(uid[5..], c => Assert.True(char.IsAsciiDigit(c), uid));
        Assert.NotEqual('0', uid[5]);
    }

    [Fact]
    public void Nested_references_stay_consistent()
    {
        var dataset = TestInstances.Ct();
        var reference = TestInstances.Item(
            (DicomTags.ReferencedSOPClassUID, DicomVR.UI, TestInstances.CtImageStorage),
            (DicomTags.ReferencedSOPInstanceUID, DicomVR.UI, "1.2.3.4.100.1.1"));
        var nested = new DicomDataset();
        nested.AddOrUpdate(new DicomSequence(DicomTags.ReferencedImageSequence, [reference]));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.RadiopharmaceuticalInformationSequence, [nested]));

        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        deidentifier.Deidentify(dataset);

        var item = ((DicomSequence)((DicomSequence)dataset[DicomTags.RadiopharmaceuticalInformationSequence]!)
            .Items[0][DicomTags.ReferencedImageSequence]!).Items[0];
        Assert.Equal(dataset.GetString(DicomTags.SOPInstanceUID), item.GetString(DicomTags.ReferencedSOPInstanceUID));
        Assert.Equal(TestInstances.CtImageStorage, item.GetString(DicomTags.ReferencedSOPClassUID));
    }

    [Fact]
    public void Well_known_and_class_uids_are_kept()
    {
        var dataset = TestInstances.Ct();
        var code = TestInstances.Item(
            (DicomTags.CodeValue, DicomVR.SH, "T-D3000"),
            (DicomTags.CodingSchemeDesignator, DicomVR.SH, "SRT"),
            (DicomTags.CodingSchemeUID, DicomVR.UI, "2.16.840.1.113883.6.96"),
            (DicomTags.CodeMeaning, DicomVR.LO, "Chest"));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.AnatomicRegionSequence, [code]));
        var privateClass = TestInstances.Item(
            (DicomTags.ReferencedSOPClassUID, DicomVR.UI, "1.3.12.2.1107.5.9.1"),
            (DicomTags.ReferencedSOPInstanceUID, DicomVR.UI, "1.2.3.4.555"));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.ReferencedInstanceSequence, [privateClass]));

        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        deidentifier.Deidentify(dataset);

        Assert.Equal(TestInstances.CtImageStorage, dataset.GetString(DicomTags.SOPClassUID));
        var codeItem = ((DicomSequence)dataset[DicomTags.AnatomicRegionSequence]!).Items[0];
        Assert.Equal("2.16.840.1.113883.6.96", codeItem.GetString(DicomTags.CodingSchemeUID));
        var referenceItem = ((DicomSequence)dataset[DicomTags.ReferencedInstanceSequence]!).Items[0];
        Assert.Equal("1.3.12.2.1107.5.9.1", referenceItem.GetString(DicomTags.ReferencedSOPClassUID));
        Assert.StartsWith("2.25.", referenceItem.GetString(DicomTags.ReferencedSOPInstanceUID), StringComparison.Ordinal);
    }

    [Fact]
    public void Well_known_uid_passed_directly_is_returned_unchanged()
    {
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        Assert.Equal("1.2.840.10008.1.2.1", deidentifier.ReplaceUid("1.2.840.10008.1.2.1"));
    }

    [Fact]
    public void Multi_valued_uid_attribute_has_each_value_replaced()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.FailedSOPInstanceUIDList, DicomVR.UI, "1.2.3.4.7\\1.2.3.4.8");

        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        deidentifier.Deidentify(dataset);

        var values = dataset.GetStrings(DicomTags.FailedSOPInstanceUIDList);
        Assert.Equal(2, values.Length);
        Assert.Equal(deidentifier.ReplaceUid("1.2.3.4.7"), values[0]);
        Assert.Equal(deidentifier.ReplaceUid("1.2.3.4.8"), values[1]);
    }

    private static DicomDataset Deidentified(byte[] key)
    {
        var dataset = TestInstances.Ct();
        using var deidentifier = new Deidentifier(key);
        deidentifier.Deidentify(dataset);
        return dataset;
    }
}
