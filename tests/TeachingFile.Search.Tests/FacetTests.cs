using TeachingFile.Core.Search;
using static TeachingFile.Search.Tests.TempIndex;

namespace TeachingFile.Search.Tests;

public sealed class FacetTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public FacetTests()
    {
        _temp.AddAsync(
            Case(1, "Nodule", modalities: ["CT"], bodyParts: ["CHEST"], topics: ["chest.nodule"]),
            Case(2, "Nodule", modalities: ["CT", "PT"], bodyParts: ["CHEST"], topics: ["chest.nodule", "oncology.staging"]),
            Case(3, "Nodule", modalities: ["CR"], bodyParts: ["CHEST"]),
            Case(4, "Meningioma", modalities: ["MR"], bodyParts: ["HEAD"])).GetAwaiter().GetResult();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Facets_count_values_over_all_hits()
    {
        var results = await _temp.Index.SearchAsync(new CaseSearchQuery("nodule", Take: 1), CancellationToken.None);

        Assert.Single(results.Hits);
        Assert.Equal(3, results.TotalHits);
        Assert.Equal(
            [new FacetCount("CT", 2), new FacetCount("CR", 1), new FacetCount("PT", 1)],
            results.Facets[CaseSearchFacets.Modality]);
        Assert.Equal([new FacetCount("CHEST", 3)], results.Facets[CaseSearchFacets.BodyPart]);
        Assert.Equal(
            [new FacetCount("chest.nodule", 2), new FacetCount("oncology.staging", 1)],
            results.Facets[CaseSearchFacets.Topic]);
        Assert.Equal([new FacetCount("adult", 3)], results.Facets[CaseSearchFacets.AgeGroup]);
        Assert.Equal([new FacetCount("F", 3)], results.Facets[CaseSearchFacets.Sex]);
    }

    [Fact]
    public async Task Facet_filter_keeps_only_matching_cases()
    {
        var results = await _temp.Index.SearchAsync(new CaseSearchQuery("nodule", Modalities: ["CT"]), CancellationToken.None);

        Assert.Equal([1, 2], results.Hits.Select(hit => hit.CaseId).Order());
        Assert.Equal([new FacetCount("CT", 2), new FacetCount("PT", 1)], results.Facets[CaseSearchFacets.Modality]);
    }

    [Fact]
    public async Task Facet_filters_require_every_value()
    {
        var query = new CaseSearchQuery(null, Modalities: ["CT", "PT"], Topics: ["oncology.staging"]);

        var results = await _temp.Index.SearchAsync(query, CancellationToken.None);

        Assert.Equal([2], results.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Facet_filter_applies_without_text()
    {
        var results = await _temp.Index.SearchAsync(new CaseSearchQuery("", BodyParts: ["HEAD"]), CancellationToken.None);

        Assert.Equal([4], results.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Age_group_and_sex_filter()
    {
        var matching = await _temp.Index.SearchAsync(new CaseSearchQuery(null) { AgeGroup = "adult", PatientSex = "F" }, CancellationToken.None);
        var none = await _temp.Index.SearchAsync(new CaseSearchQuery(null) { PatientSex = "M" }, CancellationToken.None);

        Assert.Equal(4, matching.TotalHits);
        Assert.Equal(0, none.TotalHits);
    }

    [Fact]
    public async Task Modality_code_is_searchable_as_text()
    {
        var results = await _temp.SearchAsync("PT");

        Assert.Equal([2], results.Hits.Select(hit => hit.CaseId));
    }
}
