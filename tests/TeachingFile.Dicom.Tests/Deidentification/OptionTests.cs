using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class OptionTests
{
    [Fact]
    public void Dates_without_date_options_follow_each_row()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.ContentDate, DicomVR.DA, "20240315");
        dataset.SetString(DicomTags.AcquisitionDate, DicomVR.DA, "20240315");
        dataset.SetString(DicomTags.DateOfSecondaryCapture, DicomVR.DA, "20240315");
        var options = new DeidentificationOptions { RetainLongitudinalTemporalInformationWithModifiedDates = false };

        var result = Deidentify(dataset, options);

        Assert.Equal(0, result.DateShiftDays);
        Assert.Equal(string.Empty, dataset.GetString(DicomTags.StudyDate)); // Z
        Assert.Equal("19000101", dataset.GetString(DicomTags.ContentDate)); // Z/D, Type 1 in SR
        Assert.False(dataset.Contains(DicomTags.AcquisitionDate)); // X/Z, Type 3
        Assert.Equal(string.Empty, dataset.GetString(DicomTags.StudyTime)); // Z
        Assert.Equal("19000101000000", dataset.GetString(DicomTags.AcquisitionDateTime)); // X/Z/D, Type 1C in enhanced IODs
        Assert.False(dataset.Contains(DicomTags.DateOfSecondaryCapture)); // X
        Assert.Equal("REMOVED", dataset.GetString(DicomTags.LongitudinalTemporalInformationModified));
    }

    [Fact]
    public void Full_dates_option_keeps_dates_unchanged()
    {
        var dataset = TestInstances.Ct(studyDate: "20240315");
        var options = new DeidentificationOptions
        {
            RetainLongitudinalTemporalInformationWithModifiedDates = false,
            RetainLongitudinalTemporalInformationWithFullDates = true,
        };

        Deidentify(dataset, options);

        Assert.Equal("20240315", dataset.GetString(DicomTags.StudyDate));
        Assert.Equal("UNMODIFIED", dataset.GetString(DicomTags.LongitudinalTemporalInformationModified));
    }

    [Fact]
    public void Patient_characteristics_are_kept_by_default()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.PatientWeight, DicomVR.DS, "72.5");

        Deidentify(dataset, new DeidentificationOptions());

        Assert.Equal("F", dataset.GetString(DicomTags.PatientSex));
        Assert.Equal("064Y", dataset.GetString(DicomTags.PatientAge));
        Assert.Equal("72.5", dataset.GetString(DicomTags.PatientWeight));
    }

    [Fact]
    public void Patient_characteristics_go_without_their_option()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.PatientWeight, DicomVR.DS, "72.5");

        Deidentify(dataset, new DeidentificationOptions { RetainPatientCharacteristics = false });

        Assert.Equal(string.Empty, dataset.GetString(DicomTags.PatientSex));
        Assert.False(dataset.Contains(DicomTags.PatientAge));
        Assert.False(dataset.Contains(DicomTags.PatientWeight));
    }

    [Fact]
    public void Descriptions_cleaned_by_default_else_removed()
    {
        var cleaned = TestInstances.Ct();
        cleaned.SetString(DicomTags.StudyDescription, DicomVR.LO, "CT CHEST W/O CONTRAST AXIAL 5MM for Dr Alpha 20240315");
        var removed = TestInstances.Ct();

        Deidentify(cleaned, new DeidentificationOptions());
        Deidentify(removed, new DeidentificationOptions { CleanDescriptors = false });

        Assert.Equal("CT CHEST W/O CONTRAST AXIAL 5MM", cleaned.GetString(DicomTags.StudyDescription));
        Assert.False(removed.Contains(DicomTags.StudyDescription));
    }

    [Fact]
    public void Retain_uids_keeps_every_uid()
    {
        var dataset = TestInstances.Ct();

        Deidentify(dataset, new DeidentificationOptions { RetainUids = true });

        Assert.Equal("1.2.3.4.100.1.1", dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal("1.2.3.4.100.9", dataset.GetString(DicomTags.FrameOfReferenceUID));
    }

    [Fact]
    public void Device_identity_is_removed_unless_retained()
    {
        var removed = WithDevice();
        var kept = WithDevice();

        Deidentify(removed, new DeidentificationOptions());
        Deidentify(kept, new DeidentificationOptions { RetainDeviceIdentity = true });

        Assert.False(removed.Contains(DicomTags.StationName)); // X/Z/D, Type 3
        Assert.Equal("ANONYMIZED", removed.GetString(DicomTags.DeviceSerialNumber)); // X/Z/D, Type 1 in enhanced IODs
        Assert.Equal("CTSTATION9", kept.GetString(DicomTags.StationName));
        Assert.Equal("SN-12345", kept.GetString(DicomTags.DeviceSerialNumber));
        Assert.Equal("ANONYMIZED", kept.GetString(DicomTags.StationAETitle)); // C: AE titles are replaced
    }

    [Fact]
    public void Institution_identity_is_removed_unless_retained()
    {
        var removed = TestInstances.Ct();
        var kept = TestInstances.Ct();

        Deidentify(removed, new DeidentificationOptions());
        Deidentify(kept, new DeidentificationOptions { RetainInstitutionIdentity = true });

        Assert.False(removed.Contains(DicomTags.InstitutionName));
        Assert.Equal("General Test Hospital", kept.GetString(DicomTags.InstitutionName));
    }

    [Fact]
    public void Type_2_identifiers_stay_present()
    {
        var dataset = TestInstances.Ct();

        Deidentify(dataset, new DeidentificationOptions());

        Assert.Equal(string.Empty, dataset.GetString(DicomTags.AccessionNumber));
        Assert.Equal(string.Empty, dataset.GetString(DicomTags.StudyID));
        Assert.Equal(string.Empty, dataset.GetString(DicomTags.ReferringPhysicianName));
        Assert.Equal(string.Empty, dataset.GetString(DicomTags.PatientBirthDate));
        Assert.True(dataset.Contains(DicomTags.StudyDate));
    }

    [Fact]
    public void Content_sequence_free_text_is_dummied_or_cleaned()
    {
        var dummied = WithTextContent();
        var cleaned = WithTextContent();

        Deidentify(dummied, new DeidentificationOptions());
        Deidentify(cleaned, new DeidentificationOptions { CleanStructuredContent = true });

        Assert.Equal("ANONYMIZED", ContentText(dummied));
        Assert.Equal("LIVER", ContentText(cleaned));
    }

    [Fact]
    public void Graphic_annotation_text_is_dummied_or_cleaned()
    {
        var dummied = WithGraphicText();
        var cleaned = WithGraphicText();

        Deidentify(dummied, new DeidentificationOptions());
        Deidentify(cleaned, new DeidentificationOptions { CleanGraphics = true });

        Assert.Equal("ANONYMIZED", GraphicText(dummied));
        Assert.Equal("LIVER", GraphicText(cleaned));
    }

    [Fact]
    public void Validator_rejects_even_group_safe_private_attribute()
    {
        var options = new DeidentificationOptions();
        options.SafePrivateAttributes.Add(new SafePrivateAttribute("ACME", 0x0018, 0x01));

        var result = new DeidentificationOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("(0018,xx01)", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_accepts_defaults()
    {
        Assert.True(new DeidentificationOptionsValidator().Validate(null, new DeidentificationOptions()).Succeeded);
    }

    [Fact]
    public void Invalid_shift_range_is_rejected_with_its_values()
    {
        var options = new DeidentificationOptions { MinimumDateShiftDays = -10, MaximumDateShiftDays = -20 };

        var error = Assert.Throws<ArgumentException>(() => new Deidentifier(TestKeys.SiteA, options));

        Assert.Contains("-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_site_key_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Deidentifier(new byte[8]));
    }

    private static DeidentificationResult Deidentify(DicomDataset dataset, DeidentificationOptions options)
    {
        using var deidentifier = new Deidentifier(TestKeys.SiteA, options);
        return deidentifier.Deidentify(dataset);
    }

    private static DicomDataset WithDevice()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.StationName, DicomVR.SH, "CTSTATION9");
        dataset.SetString(DicomTags.DeviceSerialNumber, DicomVR.LO, "SN-12345");
        dataset.SetString(DicomTags.StationAETitle, DicomVR.AE, "CT_SCANNER_4");
        return dataset;
    }

    private static DicomDataset WithTextContent()
    {
        var dataset = TestInstances.Ct();
        var item = TestInstances.Item(
            (DicomTags.ValueType, DicomVR.CS, "TEXT"),
            (DicomTags.TextValue, DicomVR.UT, "Liver lesion, Dr Alpha"));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.ContentSequence, [item]));
        return dataset;
    }

    private static DicomDataset WithGraphicText()
    {
        var dataset = TestInstances.Ct();
        var text = TestInstances.Item((DicomTags.UnformattedTextValue, DicomVR.ST, "Liver, Alpha Testpatient"));
        var annotation = new DicomDataset();
        annotation.AddOrUpdate(new DicomSequence(DicomTags.TextObjectSequence, [text]));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.GraphicAnnotationSequence, [annotation]));
        return dataset;
    }

    private static string? GraphicText(DicomDataset dataset)
    {
        var annotation = ((DicomSequence)dataset[DicomTags.GraphicAnnotationSequence]!).Items[0];
        return ((DicomSequence)annotation[DicomTags.TextObjectSequence]!).Items[0].GetString(DicomTags.UnformattedTextValue);
    }

    private static string? ContentText(DicomDataset dataset) =>
        ((DicomSequence)dataset[DicomTags.ContentSequence]!).Items[0].GetString(DicomTags.TextValue);
}
