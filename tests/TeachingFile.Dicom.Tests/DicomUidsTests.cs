using TeachingFile.Dicom;

namespace TeachingFile.Dicom.Tests;

public class DicomUidsTests
{
    [Fact]
    public void Constants_AreGeneratedFromTheStandard()
    {
        Assert.Equal("1.2.840.10008.5.1.4.1.1.2", DicomUids.CTImageStorage);
        Assert.Equal("CT Image Storage", DicomUids.GetName(DicomUids.CTImageStorage));
        Assert.Null(DicomUids.GetName("1.2.3.4"));
    }

    [Theory]
    [InlineData("1.2.840.10008.5.1.4.1.1.1.1")]
    [InlineData("1.2.840.10008.5.1.4.1.1.1.1.1")]
    [InlineData("1.2.840.10008.5.1.4.1.1.88.33")]
    [InlineData("1.2.840.10008.5.1.4.1.1.104.1")]
    [InlineData("1.2.840.10008.5.1.4.1.1.79.1")]
    [InlineData("1.2.840.10008.5.1.4.34.7")]
    public void IsStorageSopClass_IncludesEveryStorageClass(string uid) =>
        Assert.True(DicomUids.IsStorageSopClass(uid));

    [Theory]
    [InlineData("1.2.840.10008.1.1")]
    [InlineData("1.2.840.10008.1.3.10")]
    [InlineData("1.2.3")]
    public void IsStorageSopClass_ExcludesVerificationAndDicomdir(string uid) =>
        Assert.False(DicomUids.IsStorageSopClass(uid));

    [Fact]
    public void StorageSopClasses_ListsEveryStorageClass() =>
        Assert.Equal(174, DicomUids.StorageSopClasses.Count);
}
