using TeachingFile.Core.Ingest;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Tests.Ingest;

public sealed class InstanceMetadataTests
{
    [Theory]
    // Expected text checked with pydicom 2.3.1 decoding the same bytes. ISO 2022 IR 87: "CT 頭部" (head CT)
    // with JIS X 0208 between ESC $ B and ESC ( B.
    [InlineData("\\ISO 2022 IR 87", "4354201B2442462C49741B2842", "CT 頭部")]
    // GB18030: "胸部CT" (chest CT).
    [InlineData("GB18030", "D0D8B2BF4354", "胸部CT")]
    // ISO 2022 IR 149 Korean: "흉부 CT" after ESC $ ) C.
    [InlineData("\\ISO 2022 IR 149", "1B242943C8E4BACE204354", "흉부 CT")]
    public void FromDataset_EncodedDescriptions_AreDecoded(string specificCharacterSet, string hex, string expected)
    {
        var dataset = Dataset(specificCharacterSet);
        dataset.SetBytes(DicomTags.StudyDescription, DicomVR.LO, Convert.FromHexString(hex));
        dataset.SetBytes(DicomTags.SeriesDescription, DicomVR.LO, Convert.FromHexString(hex));

        var metadata = InstanceMetadata.FromDataset(dataset);

        Assert.Equal(expected, metadata.StudyDescription);
        Assert.Equal(expected, metadata.SeriesDescription);
        Assert.Empty(dataset.TextDecodingIssues);
    }

    [Fact]
    public void FromDataset_InvalidBytes_DecodesLeniently_AndRecordsTheIssue()
    {
        var dataset = Dataset("ISO_IR 192");
        dataset.SetBytes(DicomTags.StudyDescription, DicomVR.LO, [(byte)'C', (byte)'T', (byte)' ', 0xFC]);

        var metadata = InstanceMetadata.FromDataset(dataset);

        Assert.Equal("CT \uFFFD", metadata.StudyDescription);
        var issue = Assert.Single(dataset.TextDecodingIssues);
        Assert.Equal(DicomTags.StudyDescription, issue.Tag);
        Assert.Equal(DicomTextDecodingProblem.InvalidBytes, issue.Problem);
    }

    private static DicomDataset Dataset(string specificCharacterSet)
    {
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SpecificCharacterSet, specificCharacterSet);
        dataset.SetString(DicomTags.SOPClassUID, DicomUids.CTImageStorage);
        dataset.SetString(DicomTags.SOPInstanceUID, "2.25.1");
        dataset.SetString(DicomTags.StudyInstanceUID, "2.25.2");
        dataset.SetString(DicomTags.SeriesInstanceUID, "2.25.3");
        return dataset;
    }
}
