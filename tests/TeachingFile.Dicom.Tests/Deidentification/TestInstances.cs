using TeachingFile.Dicom;

namespace TeachingFile.Dicom.Tests.Deidentification;

/// <summary>Builds small CT-like instances in code (no patient data: every value is made up).</summary>
internal static class TestInstances
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    public static DicomDataset Ct(
        string patientId = "PID-0001",
        string studyUid = "1.2.3.4.100",
        string instanceUid = "1.2.3.4.100.1.1",
        string studyDate = "20240315")
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        dataset.SetString(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage);
        dataset.SetString(DicomTags.SOPInstanceUID, DicomVR.UI, instanceUid);
        dataset.SetString(DicomTags.StudyDate, DicomVR.DA, studyDate);
        dataset.SetString(DicomTags.StudyTime, DicomVR.TM, "101530");
        dataset.SetString(DicomTags.AcquisitionDateTime, DicomVR.DT, studyDate + "101530.250000+0100");
        dataset.SetString(DicomTags.AccessionNumber, DicomVR.SH, "ACC123");
        dataset.SetString(DicomTags.Modality, DicomVR.CS, "CT");
        dataset.SetString(DicomTags.StudyDescription, DicomVR.LO, "CT CHEST W/O CONTRAST AXIAL 5MM");
        dataset.SetString(DicomTags.PatientName, DicomVR.PN, "Testpatient^Alpha");
        dataset.SetString(DicomTags.PatientID, DicomVR.LO, patientId);
        dataset.SetString(DicomTags.PatientBirthDate, DicomVR.DA, "19600101");
        dataset.SetString(DicomTags.PatientSex, DicomVR.CS, "F");
        dataset.SetString(DicomTags.PatientAge, DicomVR.AS, "064Y");
        dataset.SetString(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid);
        dataset.SetString(DicomTags.SeriesInstanceUID, DicomVR.UI, studyUid + ".1");
        dataset.SetString(DicomTags.FrameOfReferenceUID, DicomVR.UI, studyUid + ".9");
        dataset.SetString(DicomTags.StudyID, DicomVR.SH, "STUDY7");
        dataset.SetString(DicomTags.ReferringPhysicianName, DicomVR.PN, "Doctor^Referring");
        dataset.SetString(DicomTags.InstitutionName, DicomVR.LO, "General Test Hospital");
        return dataset;
    }

    public static DicomDataset Item(params (DicomTag Tag, DicomVR VR, string Value)[] values)
    {
        var item = new DicomDataset();
        foreach (var (tag, vr, value) in values)
        {
            item.SetString(tag, vr, value);
        }

        return item;
    }
}
