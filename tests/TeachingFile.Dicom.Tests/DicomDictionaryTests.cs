using TeachingFile.Dicom;

namespace TeachingFile.Dicom.Tests;

public class DicomDictionaryTests
{
    private static readonly DicomDictionary Dictionary = DicomDictionary.Default;

    [Fact]
    public void Default_HoldsEveryPs36EntryAndTheCommandGroup() => Assert.True(Dictionary.Count >= 5129 + 24);

    [Fact]
    public void TryGetEntry_KnownTag_ReturnsKeywordNameVrAndVm()
    {
        Assert.True(Dictionary.TryGetEntry(DicomTags.PatientName, out var entry));
        Assert.Equal("PatientName", entry.Keyword);
        Assert.Equal("Patient's Name", entry.Name);
        Assert.Equal([DicomVR.PN], entry.ValueRepresentations);
        Assert.Equal("1", entry.ValueMultiplicity);
        Assert.False(entry.IsRetired);
    }

    [Fact]
    public void TryGetEntry_MultipleVrs_ListsThemInOrder()
    {
        Assert.True(Dictionary.TryGetEntry(DicomTags.PixelData, out var entry));
        Assert.Equal([DicomVR.OB, DicomVR.OW], entry.ValueRepresentations);
    }

    [Theory]
    [InlineData(0x6002, 0x3000, "OverlayData")]
    [InlineData(0x601E, 0x0010, "OverlayRows")]
    [InlineData(0x5010, 0x3000, "CurveData")]
    public void TryGetEntry_RepeatingGroup_MatchesEvenGroups(int group, int element, string keyword)
    {
        Assert.True(Dictionary.TryGetEntry(new DicomTag((ushort)group, (ushort)element), out var entry));
        Assert.Equal(keyword, entry.Keyword);
    }

    [Fact]
    public void GetDefaultVR_GroupLengthIsUL_PrivateCreatorIsLO_UnknownIsUN()
    {
        Assert.Equal(DicomVR.UL, Dictionary.GetDefaultVR(new DicomTag(0x0018, 0x0000)));
        Assert.Equal(DicomVR.LO, Dictionary.GetDefaultVR(new DicomTag(0x0029, 0x0010)));
        Assert.Equal(DicomVR.UN, Dictionary.GetDefaultVR(new DicomTag(0x0029, 0x1010)));
        Assert.Equal(DicomVR.UN, Dictionary.GetDefaultVR(new DicomTag(0x0008, 0x0002)));
    }

    [Fact]
    public void CommandGroup_ComesFromPs37()
    {
        Assert.Equal(new DicomTag(0x0000, 0x0100), DicomTags.CommandField);
        Assert.Equal(DicomVR.US, Dictionary.GetDefaultVR(DicomTags.Status));
        Assert.Equal(DicomVR.UI, Dictionary.GetDefaultVR(DicomTags.AffectedSOPInstanceUID));
        Assert.Equal(DicomVR.UL, Dictionary.GetDefaultVR(DicomTags.CommandGroupLength));
    }

    [Fact]
    public void FileMetaGroup_IsPresent()
    {
        Assert.Equal(DicomVR.UI, Dictionary.GetDefaultVR(DicomTags.TransferSyntaxUID));
        Assert.Equal(DicomVR.OB, Dictionary.GetDefaultVR(DicomTags.FileMetaInformationVersion));
    }
}
