using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;

namespace TeachingFile.Search;

/// <summary>Reads a Solr-format synonym file into a <see cref="SynonymMap"/>.</summary>
internal static class SynonymLoader
{
    private const string ResourceName = "TeachingFile.Search.synonyms.txt";

    /// <summary>Loads the file at <paramref name="path"/>, or the built-in list when it is null.</summary>
    public static SynonymMap Load(string? path)
    {
        using var reader = path is null ? OpenBuiltIn() : new StreamReader(path, Encoding.UTF8);
        return Parse(reader, path ?? ResourceName);
    }

    public static SynonymMap Parse(TextReader reader, string sourceName)
    {
        // Entries are tokenized like indexed text up to the synonym filter, so "chest x-ray"
        // matches the tokens chest, x, ray.
        using var entryAnalyzer = Analyzer.NewAnonymous((_, entryReader) =>
        {
            var tokenizer = new StandardTokenizer(RadiologyAnalyzer.Version, entryReader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(RadiologyAnalyzer.Version, tokenizer));
        });
        var parser = new SolrSynonymParser(dedup: true, expand: true, entryAnalyzer);
        try
        {
            parser.Parse(reader);
        }
        catch (J2N.Text.ParseException ex)
        {
            throw new InvalidDataException($"Synonym file {sourceName} is not valid Solr synonym format: {ex.Message}", ex);
        }

        return parser.Build();
    }

    private static StreamReader OpenBuiltIn()
    {
        var stream = typeof(SynonymLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return new StreamReader(stream, Encoding.UTF8);
    }
}
