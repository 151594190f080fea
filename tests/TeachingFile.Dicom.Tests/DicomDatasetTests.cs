using System.Text;
using TeachingFile.Dicom;

namespace TeachingFile.Dicom.Tests;

public class DicomDatasetTests
{
    [Fact]
    public void AddOrUpdate_KeepsTagOrder_AndReplaces()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.PatientID, "B");
        dataset.SetString(DicomTags.Modality, "CT");
        dataset.SetString(DicomTags.PatientName, "A^B");
        dataset.SetString(DicomTags.PatientID, "C");

        Assert.Equal(
            [DicomTags.Modality, DicomTags.PatientName, DicomTags.PatientID],
            dataset.Select(item => item.Tag).ToArray());
        Assert.Equal("C", dataset.GetString(DicomTags.PatientID));
        Assert.True(dataset.Remove(DicomTags.Modality));
        Assert.False(dataset.Contains(DicomTags.Modality));
    }

    [Fact]
    public void SetString_PadsToEvenLength_WithTheVrPaddingByte()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SOPInstanceUID, "1.2.3");
        dataset.SetString(DicomTags.PatientName, "ABC");

        Assert.Equal("1.2.3\0"u8.ToArray(), ((DicomElement)dataset[DicomTags.SOPInstanceUID]!).Value.ToArray());
        Assert.Equal("ABC "u8.ToArray(), ((DicomElement)dataset[DicomTags.PatientName]!).Value.ToArray());
        Assert.Equal("1.2.3", dataset.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public void GetStrings_SplitsOnBackslash_ExceptForTextVrs()
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
        dataset.SetString(DicomTags.StudyComments, "a\\b");

        Assert.Equal(["ORIGINAL", "PRIMARY", "AXIAL"], dataset.GetStrings(DicomTags.ImageType));
        Assert.Equal(["a\\b"], dataset.GetStrings(DicomTags.StudyComments));
    }

    [Fact]
    public void Numbers_ReadFromTextAndBinaryVrs()
    {
        var dataset = new DicomDataset();
        dataset.SetUInt16(DicomTags.Rows, 512);
        dataset.SetString(DicomTags.InstanceNumber, " 12 ");
        dataset.SetString(DicomTags.SliceThickness, "2.5");

        Assert.Equal((ushort)512, dataset.GetUInt16(DicomTags.Rows));
        Assert.Equal(512, dataset.GetInt32(DicomTags.Rows));
        Assert.Equal("512", dataset.GetString(DicomTags.Rows));
        Assert.Equal(12, dataset.GetInt32(DicomTags.InstanceNumber));
        Assert.Equal(2.5, dataset.GetDouble(DicomTags.SliceThickness));
        Assert.Null(dataset.GetInt32(DicomTags.Columns));
    }

    [Fact]
    public void GetEncoding_IsInheritedFromTheParentDataset()
    {
        var item = new DicomDataset();
        var root = new DicomDataset();
        root.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 192");
        root.AddOrUpdate(new DicomSequence(DicomTags.ReferencedStudySequence, [item]));
        item.SetString(DicomTags.PatientName, "Müller^Jürgen");

        Assert.Same(root, item.Parent);
        Assert.Equal(Encoding.UTF8.WebName, item.GetEncoding().WebName);
        Assert.Equal("Müller^Jürgen", item.GetString(DicomTags.PatientName));
    }

    [Fact]
    public void Clone_CopiesTheTree()
    {
        var root = new DicomDataset();
        var item = new DicomDataset();
        item.SetString(DicomTags.ReferencedSOPInstanceUID, "1.2");
        root.AddOrUpdate(new DicomSequence(DicomTags.ReferencedStudySequence, [item]));

        var copy = root.Clone();
        ((DicomSequence)copy[DicomTags.ReferencedStudySequence]!).Items[0].SetString(DicomTags.ReferencedSOPInstanceUID, "9");

        Assert.Equal("1.2", item.GetString(DicomTags.ReferencedSOPInstanceUID));
    }
}
