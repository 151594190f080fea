using static TeachingFile.Search.Tests.TempIndex;

namespace TeachingFile.Search.Tests;

public sealed class SynonymTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("Acute pulmonary embolism", "PE")]
    [InlineData("Acute PE", "pulmonary embolism")]
    [InlineData("Left PTX after line placement", "pneumothorax")]
    [InlineData("Inferior myocardial infarction", "MI")]
    [InlineData("Computed tomography of the chest", "CT")]
    [InlineData("Tetralogy of Fallot", "TOF")]
    [InlineData("Chest x-ray on admission", "CXR")]
    [InlineData("Subarachnoid haemorrhage", "SAH")]
    [InlineData("Subarachnoid haemorrhage", "subarachnoid hemorrhage")]
    public async Task Synonym_finds_equivalent_term(string indexedTitle, string search)
    {
        await _temp.AddAsync(Case(1, indexedTitle), Case(2, "Unrelated fracture"));

        var results = await _temp.SearchAsync(search);

        Assert.Equal([1], results.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Synonym_does_not_match_partial_phrase()
    {
        await _temp.AddAsync(Case(1, "Pulmonary hypertension"));

        var results = await _temp.SearchAsync("PE");

        Assert.Equal(0, results.TotalHits);
    }
}
