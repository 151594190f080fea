using System.Text;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class DeidentifierTests
{
    [Fact]
    public void Patient_name_and_id_become_the_pseudonym()
    {
        var dataset = TestInstances.Ct();
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var result = deidentifier.Deidentify(dataset);

        Assert.Matches("^[0-9A-F]{32}$", result.PatientKey);
        Assert.Equal(result.PatientKey, dataset.GetString(DicomTags.PatientID));
        Assert.Equal("ANON^" + result.PatientKey[..8], dataset.GetString(DicomTags.PatientName));
    }

    [Fact]
    public void Issuer_of_patient_id_separates_patients()
    {
        var first = TestInstances.Ct();
        first.SetString(DicomTags.IssuerOfPatientID, DicomVR.LO, "HOSPITAL A");
        var second = TestInstances.Ct();
        second.SetString(DicomTags.IssuerOfPatientID, DicomVR.LO, "HOSPITAL B");
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var a = deidentifier.Deidentify(first);
        var b = deidentifier.Deidentify(second);

        Assert.NotEqual(a.PatientKey, b.PatientKey);
        Assert.False(first.Contains(DicomTags.IssuerOfPatientID));
    }

    [Fact]
    public void Missing_patient_identity_gets_pseudonym()
    {
        var dataset = TestInstances.Ct();
        dataset.Remove(DicomTags.PatientName);
        dataset.Remove(DicomTags.PatientID);
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var result = deidentifier.Deidentify(dataset);

        Assert.Equal(result.PatientKey, dataset.GetString(DicomTags.PatientID));
        Assert.StartsWith("ANON^", dataset.GetString(DicomTags.PatientName), StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_report_what_changed()
    {
        var dataset = TestInstances.Ct();
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var counts = deidentifier.Deidentify(dataset).Counts;

        Assert.Equal(2, counts.Pseudonymized);
        Assert.Equal(4, counts.UidsReplaced); // SOP Instance, Study, Series, Frame of Reference
        Assert.Equal(2, counts.DatesShifted); // Study Date, Acquisition DateTime
        Assert.Equal(1, counts.Cleaned); // Study Description
        Assert.Equal(1, counts.Removed); // Institution Name
        Assert.Equal(4, counts.Zeroed); // Accession Number, Birth Date, Study ID, Referring Physician
    }

    [Fact]
    public void Sequence_read_as_un_is_removed()
    {
        var dataset = TestInstances.Ct();
        dataset.SetBytes(DicomTags.ReferencedImageSequence, DicomVR.UN, Encoding.ASCII.GetBytes("QZUNSEQQ"));
        dataset.SetBytes(DicomTags.RadiopharmaceuticalInformationSequence, DicomVR.UN, new byte[8]);
        dataset.SetBytes(new DicomTag(0x0018, 0xFFF0), DicomVR.UN, new byte[8]);
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        deidentifier.Deidentify(dataset);

        Assert.False(dataset.Contains(DicomTags.ReferencedImageSequence));
        Assert.False(dataset.Contains(DicomTags.RadiopharmaceuticalInformationSequence));
        Assert.False(dataset.Contains(new DicomTag(0x0018, 0xFFF0)));
    }

    [Fact]
    public void Deep_nesting_is_walked_and_bounded()
    {
        var dataset = TestInstances.Ct();
        var innermost = TestInstances.Item((DicomTags.InstitutionName, DicomVR.LO, "QZDEEPQ"));
        var current = innermost;
        for (var depth = 0; depth < 200; depth++)
        {
            var parent = new DicomDataset();
            parent.AddOrUpdate(new DicomSequence(DicomTags.RadiopharmaceuticalInformationSequence, [current]));
            current = parent;
        }

        dataset.AddOrUpdate(new DicomSequence(DicomTags.RadionuclideCodeSequence, [current]));
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        deidentifier.Deidentify(dataset);

        Assert.False(DatasetBytes.Contains(DatasetBytes.Collect(dataset), "QZDEEPQ"));
    }

    [Fact]
    public void Character_set_stays_consistent()
    {
        var dataset = TestInstances.Ct();
        dataset.SetString(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        dataset.SetString(DicomTags.StudyDescription, DicomVR.LO, "THORAX Ärztin Müller");
        dataset.SetString(DicomTags.PatientName, DicomVR.PN, "Müller^Jürgen");
        using var deidentifier = new Deidentifier(TestKeys.SiteA);

        var result = deidentifier.Deidentify(dataset);

        Assert.Equal("ISO_IR 100", dataset.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal("THORAX", dataset.GetString(DicomTags.StudyDescription));
        Assert.Equal("ANON^" + result.PatientKey[..8], dataset.GetString(DicomTags.PatientName));
        Assert.False(DatasetBytes.Contains(DatasetBytes.Collect(dataset), "rztin"));
    }

    [Fact]
    public void Deidentifying_twice_gives_the_same_data_set()
    {
        using var deidentifier = new Deidentifier(TestKeys.SiteA);
        var first = TestInstances.Ct();
        var second = TestInstances.Ct();

        deidentifier.Deidentify(first);
        deidentifier.Deidentify(second);

        Assert.Equal(DatasetBytes.Collect(first), DatasetBytes.Collect(second));
    }
}
