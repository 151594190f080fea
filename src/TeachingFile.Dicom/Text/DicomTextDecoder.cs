using System.Text;

namespace TeachingFile.Dicom.Text;

/// <summary>
/// Decodes the text of one Specific Character Set value and reports whether the bytes matched it. Instances
/// are immutable and shared through <see cref="DicomCharacterSet.GetDecoder"/>.
/// </summary>
internal sealed class DicomTextDecoder
{
    private readonly Iso2022Encoding? _iso2022;
    private readonly bool _hasUnknownTerm;
    private readonly bool _isDefaultRepertoire;

    public DicomTextDecoder(string specificCharacterSet)
    {
        SpecificCharacterSet = specificCharacterSet;
        var terms = specificCharacterSet.Split('\\');
        _hasUnknownTerm = terms.Any(term => DicomCharacterSet.Normalize(term) is null);
        Encoding = DicomCharacterSet.GetEncoding(terms);
        _iso2022 = Encoding as Iso2022Encoding;
        var first = DicomCharacterSet.Normalize(terms[0]);
        _isDefaultRepertoire = terms.Length == 1 && first is "" or "ISO_IR 6";
    }

    /// <summary>The Specific Character Set value, terms separated by '\'; empty for the default repertoire.</summary>
    public string SpecificCharacterSet { get; }

    /// <summary>The encoding that encodes and decodes text of this character set.</summary>
    public Encoding Encoding { get; }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="problem"/> reports which fallback was needed, if any.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, out DicomTextDecodingProblem problem)
    {
        if (_iso2022 is not null)
        {
            var decoded = _iso2022.Decode(bytes, out problem);
            if (problem == DicomTextDecodingProblem.None && _hasUnknownTerm && !Ascii.IsValid(bytes))
            {
                problem = DicomTextDecodingProblem.UnknownCharacterSet;
            }

            return decoded;
        }

        var text = Encoding.GetString(bytes);
        problem = DicomTextDecodingProblem.None;
        if (Ascii.IsValid(bytes))
        {
            return text;
        }

        if (_hasUnknownTerm)
        {
            problem = DicomTextDecodingProblem.UnknownCharacterSet;
        }
        else if (_isDefaultRepertoire || text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            // NOTE: a UTF-8 value that encodes U+FFFD itself is reported as invalid too.
            problem = DicomTextDecodingProblem.InvalidBytes;
        }

        return text;
    }
}
