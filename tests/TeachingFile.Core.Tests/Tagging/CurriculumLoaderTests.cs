using TeachingFile.Core.Tagging;

namespace TeachingFile.Core.Tests.Tagging;

public sealed class CurriculumLoaderTests
{
    private static readonly string CurriculumPath = Path.Combine(AppContext.BaseDirectory, "content", "curriculum.yaml");

    [Fact]
    public async Task Shipped_curriculum_loads_with_subspecialties_rules_and_keywords()
    {
        var curriculum = await CurriculumLoader.LoadFileAsync(CurriculumPath, CancellationToken.None);

        Assert.Contains(curriculum.Subspecialties, s => s.Id == "thoracic" && s.Topics.Count > 0);
        Assert.NotEmpty(curriculum.Rules);
        Assert.Equal(18, curriculum.PediatricAgeYears);
        Assert.Equal("pediatric", curriculum.PediatricSubspecialty);
        Assert.Contains("CHEST", curriculum.KnownBodyParts);
    }

    [Theory]
    [InlineData("CT thoracic spine", "TSPINE")]
    [InlineData("CT chest abdomen pelvis", "CHEST,ABDOMEN,PELVIS")]
    [InlineData("Thorax", "CHEST")]
    [InlineData("MRI left knee", "KNEE")]
    public async Task Description_keywords_map_to_body_parts(string text, string expected)
    {
        var curriculum = await CurriculumLoader.LoadFileAsync(CurriculumPath, CancellationToken.None);

        var parts = curriculum.MatchBodyPartKeywords(text).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), parts);
    }

    [Fact]
    public void Rule_naming_an_undefined_subspecialty_is_reported()
    {
        const string yaml = """
            subspecialties:
              - {id: thoracic, name: Thoracic}
            dicom_mapping:
              rules:
                - {body_part: [CHEST], primary: chest}
            """;

        var error = Assert.Throws<InvalidDataException>(() => CurriculumLoader.Parse(yaml, "test.yaml"));

        Assert.Contains("subspecialty 'chest' is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_regex_is_reported_with_its_rule()
    {
        const string yaml = """
            subspecialties:
              - {id: gi, name: GI}
            dicom_mapping:
              rules:
                - {description_regex: "(unclosed", primary: gi}
            """;

        var error = Assert.Throws<InvalidDataException>(() => CurriculumLoader.Parse(yaml, "test.yaml"));

        Assert.Contains("dicom_mapping rule 1: invalid regex '(unclosed'", error.Message, StringComparison.Ordinal);
    }
}
