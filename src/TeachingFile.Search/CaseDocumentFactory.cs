using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Markdig;
using TeachingFile.Core.Search;

namespace TeachingFile.Search;

/// <summary>Turns a <see cref="CaseSearchDocument"/> into the Lucene document that indexes it.</summary>
internal static class CaseDocumentFactory
{
    public static string IdOf(int caseId) => caseId.ToString(CultureInfo.InvariantCulture);

    public static Document Create(CaseSearchDocument source)
    {
        var document = new Document
        {
            new StringField(CaseIndexFields.Id, IdOf(source.CaseId), Field.Store.YES),
            new NumericDocValuesField(CaseIndexFields.PublishedTicks, source.PublishedAt.UtcTicks),
        };

        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseIndexFields.Title] = ToPlainText(source.Title),
            [CaseIndexFields.History] = ToPlainText(source.History),
            [CaseIndexFields.Findings] = ToPlainText(source.Findings),
            [CaseIndexFields.Diagnosis] = ToPlainText(source.Diagnosis),
            [CaseIndexFields.Discussion] = ToPlainText(source.Discussion),
        };
        foreach (var (name, text) in texts)
        {
            // Stored so that snippets are cut from the same plain text that was analyzed.
            document.Add(new TextField(name, text, Field.Store.YES));
        }

        var facets = FacetValues(source);
        AddFacets(document, facets);

        var all = texts.Values.Concat(facets.SelectMany(facet => facet.Value));
        document.Add(new TextField(CaseIndexFields.All, string.Join("\n", all), Field.Store.NO));
        return document;
    }

    /// <summary>Strips Markdown to the text a reader sees, so that syntax never matches a query.</summary>
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        return Markdown.ToPlainText(markdown).Trim();
    }

    private static Dictionary<string, IReadOnlyList<string>> FacetValues(CaseSearchDocument source) => new(StringComparer.Ordinal)
    {
        [CaseSearchFacets.Modality] = source.Modalities,
        [CaseSearchFacets.BodyPart] = source.BodyParts,
        [CaseSearchFacets.Topic] = source.Topics,
        [CaseSearchFacets.AgeGroup] = source.AgeGroup is null ? [] : [source.AgeGroup],
        [CaseSearchFacets.Sex] = source.PatientSex is null ? [] : [source.PatientSex],
    };

    private static void AddFacets(Document document, Dictionary<string, IReadOnlyList<string>> facets)
    {
        foreach (var (name, values) in facets)
        {
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal))
            {
                // The string field filters, the doc values feed FacetCountCollector.
                document.Add(new StringField(name, value, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
            }
        }
    }
}
