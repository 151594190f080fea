using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace TeachingFile.Search;

/// <summary>
/// English analysis (standard tokenizer, possessives, lower case, folding of accented letters to
/// ASCII so that "Sjögren" matches "sjogren", stop words, Porter stemming) with
/// an optional synonym filter. Synonyms are applied at index time only: a multi-word synonym such
/// as "pulmonary embolism" then needs no special query parsing, because the document already
/// carries "pe" at the same position, and the reverse.
/// </summary>
internal sealed class RadiologyAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SynonymMap? _synonyms;

    public RadiologyAnalyzer(SynonymMap? synonyms)
    {
        _synonyms = synonyms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
