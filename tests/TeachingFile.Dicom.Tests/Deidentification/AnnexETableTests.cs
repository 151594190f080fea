using TeachingFile.Dicom.Deidentification;

namespace TeachingFile.Dicom.Tests.Deidentification;

public sealed class AnnexETableTests
{
    [Fact]
    public void Table_has_every_source_row()
    {
        Assert.Equal(AnnexETable.SourceRowCount, AnnexETable.Rules.Length + 1);
    }

    [Fact]
    public void Tags_are_unique()
    {
        Assert.Equal(AnnexETable.Rules.Length, AnnexETable.Rules.Select(rule => (rule.Tag, rule.Mask)).Distinct().Count());
    }

    [Theory]
    [InlineData(0x60003000u, "OverlayData")]
    [InlineData(0x601E3000u, "OverlayData")]
    [InlineData(0x60024000u, "OverlayComments")]
    [InlineData(0x50001234u, "")]
    [InlineData(0x00100010u, "PatientName")]
    public void Index_finds_exact_and_masked_rows(uint tag, string keyword)
    {
        var index = AnnexERuleIndex.Find(tag);

        Assert.True(index >= 0);
        Assert.Equal(keyword, AnnexETable.Rules[index].Keyword);
    }

    [Theory]
    [InlineData(0x00280010u)]
    [InlineData(0x60000010u)]
    [InlineData(0x7FE00010u)]
    public void Index_returns_no_row_for_attributes_the_profile_keeps(uint tag)
    {
        Assert.Equal(-1, AnnexERuleIndex.Find(tag));
    }

    [Fact]
    public void Private_row_matches_odd_groups_only()
    {
        Assert.True(AnnexETable.PrivateAttributes.Matches(0x00091001));
        Assert.False(AnnexETable.PrivateAttributes.Matches(0x00081001));
        Assert.Equal(AnnexEOptions.RetainSafePrivate, AnnexETable.PrivateAttributes.CleanOptions);
    }

    [Fact]
    public void Clean_wins_over_keep_when_options_disagree()
    {
        var index = AnnexERuleIndex.Find(0x00181203); // Calibration DateTime: device K, modified dates C.
        var options = AnnexEOptions.RetainDeviceIdentity | AnnexEOptions.RetainLongitudinalModifiedDates;

        var resolved = AnnexEActionResolver.Resolve(AnnexETable.Rules[index], options);

        Assert.Equal(ElementAction.Clean, resolved.Action);
    }

    [Theory]
    [InlineData(0x00080080u, "Remove")] // Institution Name, X/Z/D
    [InlineData(0x00180010u, "Zero")] // Contrast/Bolus Agent, Z/D, Type 2
    [InlineData(0x00181000u, "Dummy")] // Device Serial Number, X/Z/D, Type 1 in enhanced IODs
    [InlineData(0x00081140u, "ReplaceUid")] // Referenced Image Sequence, X/Z/U*
    [InlineData(0x00100020u, "Dummy")] // Patient ID, Z/D: the pseudonym
    public void Combined_codes_resolve_per_iod_conformance(uint tag, string expected)
    {
        var index = AnnexERuleIndex.Find(tag);

        var action = AnnexEActionResolver.Resolve(AnnexETable.Rules[index], AnnexEOptions.None).Action;
        Assert.Equal(expected, action.ToString());
    }
}
