using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Search;

namespace TeachingFile.Search;

/// <summary>
/// The case index in a Lucene file-system directory. One <see cref="IndexWriter"/> lives as long as
/// this object; every write is committed before it returns, so an acknowledged change survives a
/// crash, and is visible to the next search through a near-real-time <see cref="SearcherManager"/>.
/// Writes are serialized by a lock; searches run concurrently with each other and with writes.
/// </summary>
public sealed partial class LuceneCaseIndex : ICaseIndex, IDisposable
{
    public const int MaxTake = 100;
    public const int MaxSkip = 10_000;

    private readonly FSDirectory _directory;
    private readonly RadiologyAnalyzer _indexAnalyzer;
    private readonly RadiologyAnalyzer _queryAnalyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searcherManager;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CaseQueryBuilder _queryBuilder;
    private readonly SnippetBuilder _snippetBuilder;
    private readonly ILogger<LuceneCaseIndex> _logger;
    private bool _disposed;

    public LuceneCaseIndex(IOptions<SearchOptions> options, ILogger<LuceneCaseIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.IndexPath))
        {
            throw new ArgumentException("Search:IndexPath is empty: set it to the folder of the Lucene index.", nameof(options));
        }

        _logger = logger;
        _indexAnalyzer = new RadiologyAnalyzer(SynonymLoader.Load(settings.SynonymsPath));
        _queryAnalyzer = new RadiologyAnalyzer(synonyms: null);
        _queryBuilder = new CaseQueryBuilder(_queryAnalyzer);
        _snippetBuilder = new SnippetBuilder(_indexAnalyzer);

        System.IO.Directory.CreateDirectory(settings.IndexPath);
        _directory = FSDirectory.Open(settings.IndexPath);
        var config = new IndexWriterConfig(RadiologyAnalyzer.Version, _indexAnalyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        _writer = new IndexWriter(_directory, config);
        _writer.Commit();
        _searcherManager = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        LogOpened(_logger, settings.IndexPath, _writer.NumDocs);
    }

    /// <summary>Number of cases in the index as of the last write.</summary>
    public int DocumentCount
    {
        get
        {
            var searcher = _searcherManager.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searcherManager.Release(searcher);
            }
        }
    }

    public async Task IndexAsync(CaseSearchDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var luceneDocument = CaseDocumentFactory.Create(document);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.UpdateDocument(IdTerm(document.CaseId), luceneDocument);
            CommitAndRefresh();
        }
        finally
        {
            _writeLock.Release();
        }

        LogIndexed(_logger, document.CaseId);
    }

    public async Task RemoveAsync(int caseId, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.DeleteDocuments(IdTerm(caseId));
            CommitAndRefresh();
        }
        finally
        {
            _writeLock.Release();
        }

        LogRemoved(_logger, caseId);
    }

    /// <remarks>
    /// Documents are replaced one by one and the cases missing from the stream are deleted at the
    /// end, so a rebuild that fails or is cancelled part way leaves every case searchable, some
    /// with their old text.
    /// </remarks>
    public async Task RebuildAsync(IAsyncEnumerable<CaseSearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var kept = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    _writer.UpdateDocument(IdTerm(document.CaseId), CaseDocumentFactory.Create(document));
                    kept.Add(CaseDocumentFactory.IdOf(document.CaseId));
                }

                DeleteAllExcept(kept);
            }
            finally
            {
                CommitAndRefresh();
            }

            LogRebuilt(_logger, kept.Count);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task<CaseSearchResults> SearchAsync(CaseSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);

        var textQuery = _queryBuilder.Build(query.Text);
        var searcher = _searcherManager.Acquire();
        try
        {
            try
            {
                return Task.FromResult(Execute(searcher, textQuery, query));
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                // A wildcard or fuzzy term can expand past the clause limit only when it runs.
                var plain = _queryBuilder.BuildPlainText(query.Text ?? string.Empty);
                return Task.FromResult(Execute(searcher, plain, query));
            }
        }
        finally
        {
            _searcherManager.Release(searcher);
        }
    }

    public void Dispose()
    {
        _writeLock.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searcherManager.Dispose();
            _writer.Dispose();
            _directory.Dispose();
            _indexAnalyzer.Dispose();
            _queryAnalyzer.Dispose();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private CaseSearchResults Execute(IndexSearcher searcher, CaseTextQuery textQuery, CaseSearchQuery request)
    {
        var skip = Math.Clamp(request.Skip, 0, MaxSkip);
        var take = Math.Clamp(request.Take, 1, MaxTake);
        var filtered = CaseFilters.Apply(textQuery.Query, request);

        ITopDocsCollector top = textQuery.MatchesAll
            ? TopFieldCollector.Create(NewestFirst, skip + take, fillFields: true, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true)
            : TopScoreDocCollector.Create(skip + take, docsScoredInOrder: true);
        var facets = new FacetCountCollector(CaseIndexFields.Facets);
        searcher.Search(filtered, MultiCollector.Wrap((ICollector)top, facets));

        var highlightQuery = textQuery.MatchesAll ? null : textQuery.Query;
        var hits = top.GetTopDocs(skip, take).ScoreDocs
            .Select(scoreDoc => ToHit(searcher, scoreDoc, highlightQuery))
            .ToList();
        if (textQuery.FellBackToPlainText)
        {
            LogFellBack(_logger, request.Text?.Length ?? 0);
        }

        return new CaseSearchResults(top.TotalHits, hits, facets.GetResults(), textQuery.FellBackToPlainText);
    }

    private CaseSearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, Query? highlightQuery)
    {
        var document = searcher.Doc(scoreDoc.Doc);
        var caseId = int.Parse(document.Get(CaseIndexFields.Id, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture);
        var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
        var title = document.Get(CaseIndexFields.Title, CultureInfo.InvariantCulture) ?? string.Empty;
        return new CaseSearchHit(caseId, title, _snippetBuilder.Build(highlightQuery, document), score);
    }

    private void DeleteAllExcept(HashSet<string> kept)
    {
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        var terms = MultiFields.GetTerms(reader, CaseIndexFields.Id);
        if (terms is null)
        {
            return;
        }

        var stale = new List<Term>();
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var id = termsEnum.Term.Utf8ToString();
            if (!kept.Contains(id))
            {
                stale.Add(new Term(CaseIndexFields.Id, id));
            }
        }

        if (stale.Count > 0)
        {
            _writer.DeleteDocuments(stale.ToArray());
        }
    }

    private void CommitAndRefresh()
    {
        _writer.Commit();
        _searcherManager.MaybeRefreshBlocking();
    }

    private static Term IdTerm(int caseId) => new(CaseIndexFields.Id, CaseDocumentFactory.IdOf(caseId));

    private static readonly Sort NewestFirst = new(new SortField(CaseIndexFields.PublishedTicks, SortFieldType.INT64, true));
}
