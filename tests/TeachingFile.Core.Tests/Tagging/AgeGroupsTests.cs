using TeachingFile.Core.Tagging;

namespace TeachingFile.Core.Tests.Tagging;

public sealed class AgeGroupsTests
{
    [Theory]
    [InlineData("010D", "neonate")]
    [InlineData("003W", "neonate")]
    [InlineData("004W", "infant")]
    [InlineData("011M", "infant")]
    [InlineData("001Y", "child")]
    [InlineData("011Y", "child")]
    [InlineData("012Y", "adolescent")]
    [InlineData("017Y", "adolescent")]
    [InlineData("018Y", "adult")]
    [InlineData("064Y", "adult")]
    [InlineData("065Y", "older adult")]
    public void Patient_age_maps_to_age_group(string age, string expected)
    {
        Assert.Equal(expected, AgeGroups.FromAgeDays(AgeGroups.ParseAgeDays(age)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("45Y")]
    [InlineData("045X")]
    [InlineData("-01Y")]
    public void Malformed_patient_age_gives_no_group(string? age)
    {
        Assert.Null(AgeGroups.FromAgeDays(AgeGroups.ParseAgeDays(age)));
    }
}
