using System.Text;
using TeachingFile.Dicom.Text;

namespace TeachingFile.Dicom;

/// <summary>Character set of text values and the decoding issues met.</summary>
public sealed partial class DicomDataset
{
    // One issue per tag and problem is enough to log; the cap bounds memory for a hostile data set.
    private const int MaxTextDecodingIssues = 64;

    private CachedDecoder? _cachedDecoder;
    private List<DicomTextDecodingIssue>? _textDecodingIssues;

    /// <summary>
    /// Text elements of this data set tree whose bytes did not match the declared character set, found while
    /// their values were decoded (by <see cref="GetString"/> and the accessors built on it). Collected on the
    /// top-level data set, one entry per tag and problem, at most 64. Values are never recorded.
    /// </summary>
    public IReadOnlyList<DicomTextDecodingIssue> TextDecodingIssues
    {
        get
        {
            var issues = Root()._textDecodingIssues;
            if (issues is null)
            {
                return [];
            }

            lock (issues)
            {
                return issues.ToArray();
            }
        }
    }

    /// <summary>
    /// Returns the text encoding of Specific Character Set (0008,0005) in this data set or the nearest
    /// parent. Without one it is the default repertoire, decoded leniently as Latin-1. Decoding never
    /// throws, because invalid bytes become replacement characters.
    /// </summary>
    public Encoding GetEncoding() => GetTextDecoder().Encoding;

    /// <summary>Decodes a text value with the character set in force and records any decoding issue.</summary>
    internal string DecodeText(DicomTag tag, ReadOnlySpan<byte> bytes)
    {
        var decoder = GetTextDecoder();
        var text = decoder.Decode(bytes, out var problem);
        if (problem != DicomTextDecodingProblem.None)
        {
            AddTextDecodingIssue(new DicomTextDecodingIssue(
                tag, DicomCharacterSet.RedactUndefinedTerms(decoder.SpecificCharacterSet), problem));
        }

        return text;
    }

    private DicomTextDecoder GetTextDecoder()
    {
        for (var dataset = this; dataset is not null; dataset = dataset.Parent)
        {
            if (dataset[DicomTags.SpecificCharacterSet] is not DicomElement element)
            {
                continue;
            }

            // The cache is keyed by the element instance, which is immutable, so replacing the element
            // replaces the decoder.
            var cached = dataset._cachedDecoder;
            if (cached is null || !ReferenceEquals(cached.Source, element))
            {
                cached = new CachedDecoder(element, DicomCharacterSet.GetDecoder(DecodeAscii(element)));
                dataset._cachedDecoder = cached;
            }

            return cached.Decoder;
        }

        return DicomCharacterSet.DefaultDecoder;
    }

    private void AddTextDecodingIssue(DicomTextDecodingIssue issue)
    {
        var root = Root();
        Interlocked.CompareExchange(ref root._textDecodingIssues, [], null);
        var issues = root._textDecodingIssues;
        lock (issues)
        {
            if (issues.Count < MaxTextDecodingIssues && !issues.Contains(issue))
            {
                issues.Add(issue);
            }
        }
    }

    private DicomDataset Root()
    {
        var dataset = this;
        while (dataset.Parent is not null)
        {
            dataset = dataset.Parent;
        }

        return dataset;
    }

    private static string DecodeAscii(DicomElement element) =>
        Encoding.ASCII.GetString(element.Value.ToArray()).Trim(' ', '\0');

    private sealed record CachedDecoder(DicomElement Source, DicomTextDecoder Decoder);
}
