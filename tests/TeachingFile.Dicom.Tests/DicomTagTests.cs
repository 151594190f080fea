using TeachingFile.Dicom;

namespace TeachingFile.Dicom.Tests;

public class DicomTagTests
{
    [Theory]
    [InlineData("(0010,0010)")]
    [InlineData("00100010")]
    [InlineData("0010,0010")]
    [InlineData("(0010,0010) ")]
    public void Parse_AcceptsParenthesisedAndBareHex(string text) =>
        Assert.Equal(DicomTags.PatientName, DicomTag.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("(0010,001)")]
    [InlineData("(0010,00G0)")]
    public void TryParse_RejectsMalformedText(string text) => Assert.False(DicomTag.TryParse(text, out _));

    [Fact]
    public void ToString_IsUpperCaseHexInParentheses() =>
        Assert.Equal("(7FE0,0010)", new DicomTag(0x7fe0, 0x0010).ToString());

    [Theory]
    [InlineData(0x0009, 0x0010, true, true)]
    [InlineData(0x0029, 0x1010, true, false)]
    [InlineData(0x0010, 0x0010, false, false)]
    [InlineData(0x0001, 0x0010, false, false)]
    [InlineData(0xFFFF, 0x0010, false, false)]
    public void IsPrivate_FollowsPs35Section71(int group, int element, bool isPrivate, bool isCreator)
    {
        var tag = new DicomTag((ushort)group, (ushort)element);
        Assert.Equal(isPrivate, tag.IsPrivate);
        Assert.Equal(isCreator, tag.IsPrivateCreator);
    }

    [Fact]
    public void Value_CombinesGroupAndElement_AndOrdersTags()
    {
        Assert.Equal(0x00100020u, DicomTags.PatientID.Value);
        Assert.True(DicomTags.PatientName < DicomTags.PatientID);
        Assert.Equal(DicomTag.Item, new DicomTag(0xFFFE, 0xE000));
    }
}
