using TeachingFile.Core.Search;

namespace TeachingFile.Web.Pages;

/// <summary>The search page's query string: free text, facet filters and the page number.</summary>
public sealed class SearchCriteria
{
    /// <summary>Longest query text passed to the index; longer input is cut, not rejected.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Highest page number served; deeper paging is clamped.</summary>
    public const int MaxPage = 500;

    public const int PageSize = 20;

    public string? Q { get; set; }

    public List<string> Modality { get; set; } = [];

    public List<string> BodyPart { get; set; } = [];

    public List<string> Topic { get; set; } = [];

    public string? AgeGroup { get; set; }

    public string? Sex { get; set; }

    public int Page { get; set; } = 1;

    public string? NormalizedText =>
        string.IsNullOrWhiteSpace(Q) ? null : (Q.Length > MaxTextLength ? Q[..MaxTextLength] : Q).Trim();

    public int NormalizedPage => Math.Clamp(Page, 1, MaxPage);

    /// <summary>Returns the values of one filter by its facet key (the index's facet names).</summary>
    public IReadOnlyList<string> FilterValues(string facet) => facet switch
    {
        CaseSearchFacets.Modality => Modality,
        CaseSearchFacets.BodyPart => BodyPart,
        CaseSearchFacets.Topic => Topic,
        CaseSearchFacets.AgeGroup => string.IsNullOrWhiteSpace(AgeGroup) ? [] : [AgeGroup],
        CaseSearchFacets.Sex => string.IsNullOrWhiteSpace(Sex) ? [] : [Sex],
        _ => [],
    };
}
