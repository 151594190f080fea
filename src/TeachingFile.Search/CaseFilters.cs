using Lucene.Net.Index;
using Lucene.Net.Search;
using TeachingFile.Core.Search;

namespace TeachingFile.Search;

/// <summary>Adds the facet filters of a request to a text query as required clauses.</summary>
internal static class CaseFilters
{
    public static Query Apply(Query textQuery, CaseSearchQuery request)
    {
        var filters = new List<TermQuery>();
        AddTerms(filters, CaseSearchFacets.Modality, request.Modalities);
        AddTerms(filters, CaseSearchFacets.BodyPart, request.BodyParts);
        AddTerms(filters, CaseSearchFacets.Topic, request.Topics);
        AddTerms(filters, CaseSearchFacets.AgeGroup, request.AgeGroup is null ? null : [request.AgeGroup]);
        AddTerms(filters, CaseSearchFacets.Sex, request.PatientSex is null ? null : [request.PatientSex]);
        if (filters.Count == 0)
        {
            return textQuery;
        }

        var combined = new BooleanQuery { { textQuery, Occur.MUST } };
        foreach (var filter in filters)
        {
            combined.Add(filter, Occur.MUST);
        }

        return combined;
    }

    private static void AddTerms(List<TermQuery> filters, string field, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        // Each value costs one clause; the limit keeps a crafted request under the clause limit.
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Take(64))
        {
            filters.Add(new TermQuery(new Term(field, value)));
        }
    }
}
