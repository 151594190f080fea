using TeachingFile.Core.Search;
using static TeachingFile.Search.Tests.TempIndex;

namespace TeachingFile.Search.Tests;

public sealed class LuceneCaseIndexTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Search_finds_case_by_word_in_findings()
    {
        await _temp.AddAsync(
            Case(1, "Spontaneous pneumothorax", findings: "Visceral pleural line at the right apex."),
            Case(2, "Normal chest", findings: "Clear lungs."));

        var results = await _temp.SearchAsync("pleural");

        Assert.Equal(1, results.TotalHits);
        Assert.Equal(1, results.Hits[0].CaseId);
        Assert.Equal("Spontaneous pneumothorax", results.Hits[0].Title);
        Assert.False(results.FellBackToPlainText);
    }

    [Fact]
    public async Task Search_matches_stemmed_forms()
    {
        await _temp.AddAsync(Case(1, "Lung", findings: "Multiple pulmonary nodules in both lungs."));

        var results = await _temp.SearchAsync("nodule");

        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task Search_ignores_accents_in_either_direction()
    {
        await _temp.AddAsync(
            Case(1, "Sjögren syndrome", findings: "Parotid cysts."),
            Case(2, "Meniere disease", findings: "Endolymphatic hydrops."));

        var unaccented = await _temp.SearchAsync("sjogren");
        var accented = await _temp.SearchAsync("Ménière");

        Assert.Equal([1], unaccented.Hits.Select(hit => hit.CaseId));
        Assert.Equal([2], accented.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Title_match_ranks_above_findings_match()
    {
        await _temp.AddAsync(
            Case(1, "Chest radiograph", findings: "Small apical pneumothorax."),
            Case(2, "Tension pneumothorax", findings: "Mediastinal shift to the left."));

        var results = await _temp.SearchAsync("pneumothorax");

        Assert.Equal([2, 1], results.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Diagnosis_match_ranks_above_findings_match()
    {
        await _temp.AddAsync(
            Case(1, "Case one", findings: "Findings suggest sarcoidosis."),
            Case(2, "Case two", diagnosis: "Sarcoidosis."));

        var results = await _temp.SearchAsync("sarcoidosis");

        Assert.Equal([2, 1], results.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Terms_may_match_across_fields()
    {
        await _temp.AddAsync(Case(1, "Pneumothorax", findings: "Pleural line at the apex."));

        var results = await _temp.SearchAsync("pneumothorax apex");

        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task All_terms_must_match()
    {
        await _temp.AddAsync(Case(1, "Pneumothorax", findings: "Pleural line at the apex."));

        var results = await _temp.SearchAsync("pneumothorax fracture");

        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public async Task Markdown_syntax_is_stripped_before_indexing()
    {
        await _temp.AddAsync(Case(1, "Case", findings: "A **spiculated** nodule, see [the guideline](https://example.org/fleischner)."));

        var byWord = await _temp.SearchAsync("spiculated");
        var byLink = await _temp.SearchAsync("fleischner");

        Assert.Equal(1, byWord.TotalHits);
        Assert.DoesNotContain("**", byWord.Hits[0].SnippetHtml, StringComparison.Ordinal);
        Assert.Equal(0, byLink.TotalHits);
    }

    [Fact]
    public async Task Index_replaces_case_with_same_id()
    {
        await _temp.AddAsync(Case(1, "Old title about appendicitis"));
        await _temp.AddAsync(Case(1, "New title about diverticulitis"));

        var old = await _temp.SearchAsync("appendicitis");
        var current = await _temp.SearchAsync("diverticulitis");

        Assert.Equal(0, old.TotalHits);
        Assert.Equal(1, current.TotalHits);
    }

    [Fact]
    public async Task Remove_takes_case_out_of_results()
    {
        await _temp.AddAsync(Case(1, "Pneumothorax"), Case(2, "Pneumothorax again"));

        await _temp.Index.RemoveAsync(1, CancellationToken.None);
        var results = await _temp.SearchAsync("pneumothorax");

        Assert.Equal([2], results.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Remove_of_missing_case_is_not_an_error()
    {
        await _temp.Index.RemoveAsync(42, CancellationToken.None);

        var results = await _temp.SearchAsync(null);

        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public async Task Rebuild_replaces_every_document()
    {
        await _temp.AddAsync(Case(1, "Stale case about gout"), Case(2, "Case about lupus"));

        await _temp.Index.RebuildAsync(Stream(Case(2, "Case about sarcoidosis"), Case(3, "Case about gout")), CancellationToken.None);

        Assert.Equal([3], (await _temp.SearchAsync("gout")).Hits.Select(hit => hit.CaseId));
        Assert.Equal(0, (await _temp.SearchAsync("lupus")).TotalHits);
        Assert.Equal([2], (await _temp.SearchAsync("sarcoidosis")).Hits.Select(hit => hit.CaseId));
        Assert.Equal(2, (await _temp.SearchAsync(null)).TotalHits);
    }

    [Fact]
    public async Task Rebuild_failing_part_way_keeps_existing_cases()
    {
        await _temp.AddAsync(Case(1, "Case about gout"), Case(2, "Case about lupus"));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _temp.Index.RebuildAsync(FailingStream(Case(1, "Case about gout, revised")), CancellationToken.None));
        var results = await _temp.SearchAsync(null);

        Assert.Equal(2, results.TotalHits);
    }

    [Fact]
    public async Task Index_survives_restart()
    {
        await _temp.AddAsync(Case(1, "Pneumothorax"));

        var reopened = _temp.Reopen();
        var results = await reopened.SearchAsync(new CaseSearchQuery("pneumothorax"), CancellationToken.None);

        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public async Task Empty_text_lists_every_case_newest_first()
    {
        var day = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await _temp.AddAsync(
            Case(1, "Oldest", publishedAt: day),
            Case(2, "Newest", publishedAt: day.AddDays(2)),
            Case(3, "Middle", publishedAt: day.AddDays(1)));

        var results = await _temp.SearchAsync("   ");

        Assert.Equal([2, 3, 1], results.Hits.Select(hit => hit.CaseId));
        Assert.False(results.FellBackToPlainText);
    }

    [Fact]
    public async Task Skip_and_take_page_through_hits()
    {
        for (var id = 1; id <= 5; id++)
        {
            await _temp.AddAsync(Case(id, "Fracture " + id));
        }

        var page = await _temp.Index.SearchAsync(new CaseSearchQuery(null, Skip: 1, Take: 2), CancellationToken.None);

        Assert.Equal(5, page.TotalHits);
        Assert.Equal([4, 3], page.Hits.Select(hit => hit.CaseId));
    }

    [Fact]
    public async Task Writes_and_searches_run_concurrently()
    {
        var writes = Enumerable.Range(1, 40).Select(id => _temp.Index.IndexAsync(Case(id, "Fracture " + id), CancellationToken.None));
        var searches = Enumerable.Range(1, 40).Select(_ => Task.Run(() => _temp.SearchAsync("fracture")));

        await Task.WhenAll(writes.Concat(searches));
        var results = await _temp.SearchAsync("fracture");

        Assert.Equal(40, results.TotalHits);
    }

    private static async IAsyncEnumerable<CaseSearchDocument> Stream(params CaseSearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static async IAsyncEnumerable<CaseSearchDocument> FailingStream(CaseSearchDocument first)
    {
        await Task.Yield();
        yield return first;
        throw new InvalidOperationException("database went away");
    }
}
