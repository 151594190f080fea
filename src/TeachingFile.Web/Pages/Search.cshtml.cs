using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TeachingFile.Core.Search;

namespace TeachingFile.Web.Pages;

/// <summary>Full-text search over published cases. Any query string renders a page, never a 500.</summary>
public sealed class SearchModel(ICaseIndex index, ILogger<SearchModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchCriteria Criteria { get; set; } = new();

    public CaseSearchResults? Results { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool HasQuery => Criteria.NormalizedText is not null || Filters.Any(f => f.Values.Count > 0);

    public IEnumerable<(string Facet, IReadOnlyList<string> Values)> Filters =>
        CaseSearchFacets.All.Select(facet => (facet, Criteria.FilterValues(facet)));

    public int PageCount =>
        Results is null ? 0 : (Results.TotalHits + SearchCriteria.PageSize - 1) / SearchCriteria.PageSize;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Model binding errors (page=abc) fall back to defaults instead of failing the request.
        ModelState.Clear();
        var query = new CaseSearchQuery(
            Criteria.NormalizedText,
            Clean(Criteria.Modality),
            Clean(Criteria.BodyPart),
            Clean(Criteria.Topic),
            Skip: (Criteria.NormalizedPage - 1) * SearchCriteria.PageSize,
            Take: SearchCriteria.PageSize)
        {
            AgeGroup = Single(Criteria.AgeGroup),
            PatientSex = Single(Criteria.Sex),
        };
        try
        {
            Results = await index.SearchAsync(query, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // ICaseIndex falls back to plain text on bad syntax; this catch keeps a defect there from becoming a 500.
            logger.LogError(exception, "Search failed for a query of {Length} characters", query.Text?.Length ?? 0);
            ErrorMessage = "The search failed. Try simpler words, or remove the filters.";
        }
    }

    /// <summary>Returns the search URL with one filter value added or removed, back on page 1.</summary>
    public string ToggleFilterUrl(string facet, string value)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (Criteria.NormalizedText is { } text)
        {
            parameters.Add(new("q", text));
        }

        foreach (var (name, values) in Filters)
        {
            var updated = values.ToList();
            if (name == facet && !updated.Remove(value))
            {
                // Age group and sex take one value each, so choosing another replaces the first.
                if (name is CaseSearchFacets.AgeGroup or CaseSearchFacets.Sex)
                {
                    updated.Clear();
                }

                updated.Add(value);
            }

            parameters.AddRange(updated.Select(v => new KeyValuePair<string, string?>(name, v)));
        }

        return "/Search" + Microsoft.AspNetCore.Http.QueryString.Create(parameters).ToUriComponent();
    }

    public string PageUrl(int page)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (Criteria.NormalizedText is { } text)
        {
            parameters.Add(new("q", text));
        }

        foreach (var (name, values) in Filters)
        {
            parameters.AddRange(values.Select(v => new KeyValuePair<string, string?>(name, v)));
        }

        parameters.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/Search" + Microsoft.AspNetCore.Http.QueryString.Create(parameters).ToUriComponent();
    }

    public static string FacetLabel(string facet) => facet switch
    {
        CaseSearchFacets.Modality => "Modality",
        CaseSearchFacets.BodyPart => "Body part",
        CaseSearchFacets.Topic => "Topic",
        CaseSearchFacets.AgeGroup => "Age group",
        CaseSearchFacets.Sex => "Sex",
        _ => facet,
    };

    private static string? Single(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 100 ? null : value.Trim();

    private static string[]? Clean(List<string> values)
    {
        var cleaned = values
            .Where(v => !string.IsNullOrWhiteSpace(v) && v.Length <= 100)
            .Select(v => v.Trim())
            .Distinct(StringComparer.Ordinal)
            .Take(20)
            .ToArray();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
