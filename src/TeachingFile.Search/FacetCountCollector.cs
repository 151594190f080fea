using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TeachingFile.Core.Search;

namespace TeachingFile.Search;

/// <summary>
/// Counts facet values over every matching document from the sorted-set doc values of the facet
/// fields. Lucene.Net.Facet is not available at 4.8.0-beta00017 from our package source, so the
/// counting is done here: per segment by ordinal, then resolved to strings when the segment ends.
/// </summary>
internal sealed class FacetCountCollector : ICollector
{
    private readonly IReadOnlyList<string> _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedSetDocValues?[] _segmentValues;
    private readonly int[]?[] _segmentCounts;

    public FacetCountCollector(IReadOnlyList<string> fields)
    {
        _fields = fields;
        _totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _segmentValues = new SortedSetDocValues?[fields.Count];
        _segmentCounts = new int[]?[fields.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            var values = _segmentValues[i];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[i]![ord]++;
            }
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < _fields.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            _segmentValues[i] = values;
            _segmentCounts[i] = values is null ? null : new int[values.ValueCount];
        }
    }

    /// <summary>Returns the counts per facet field, highest count first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> GetResults()
    {
        FlushSegment();
        var results = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var i = 0; i < _fields.Count; i++)
        {
            results[_fields[i]] = _totals[i]
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new FacetCount(pair.Key, pair.Value))
                .ToList();
        }

        return results;
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var i = 0; i < _fields.Count; i++)
        {
            var values = _segmentValues[i];
            var counts = _segmentCounts[i];
            if (values is null || counts is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[ord];
            }

            _segmentValues[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
