using System.Collections.Concurrent;
using System.Text;

namespace TeachingFile.Dicom.Text;

/// <summary>
/// Maps Specific Character Set (0008,0005) defined terms of PS3.3 C.12.1.1.2 to .NET encodings that
/// decode leniently (invalid bytes become U+FFFD, never an exception).
/// </summary>
internal static class DicomCharacterSet
{
    // The cap bounds the memory that senders with many made-up Specific Character Set values can take.
    private const int MaxCachedDecoders = 256;

    // Defined terms (PS3.3 Tables C.12-2 to C.12-5) and the code page that decodes them. It is declared
    // first because the static properties below read it while they are initialized.
    private static readonly Dictionary<string, int> CodePages = new(StringComparer.Ordinal)
    {
        ["ISO_IR 6"] = 0, ["ISO 2022 IR 6"] = 0,
        ["ISO_IR 100"] = 28591, ["ISO 2022 IR 100"] = 28591,
        ["ISO_IR 101"] = 28592, ["ISO 2022 IR 101"] = 28592,
        ["ISO_IR 109"] = 28593, ["ISO 2022 IR 109"] = 28593,
        ["ISO_IR 110"] = 28594, ["ISO 2022 IR 110"] = 28594,
        ["ISO_IR 144"] = 28595, ["ISO 2022 IR 144"] = 28595,
        ["ISO_IR 127"] = 28596, ["ISO 2022 IR 127"] = 28596,
        ["ISO_IR 126"] = 28597, ["ISO 2022 IR 126"] = 28597,
        ["ISO_IR 138"] = 28598, ["ISO 2022 IR 138"] = 28598,
        ["ISO_IR 148"] = 28599, ["ISO 2022 IR 148"] = 28599,
        ["ISO_IR 203"] = 28605, ["ISO 2022 IR 203"] = 28605,
        ["ISO_IR 13"] = 932, ["ISO 2022 IR 13"] = 932,
        ["ISO_IR 166"] = 874, ["ISO 2022 IR 166"] = 874,
        ["ISO 2022 IR 87"] = 50220, ["ISO 2022 IR 159"] = 20932,
        ["ISO 2022 IR 149"] = 949, ["ISO 2022 IR 58"] = 936,
        ["ISO_IR 192"] = 65001, ["GB18030"] = 54936, ["GBK"] = 936,
    };

    private static readonly ConcurrentDictionary<string, DicomTextDecoder> Decoders = new(StringComparer.Ordinal);

    // Registering the provider here, the one place that requests code pages, makes the registration happen
    // once before the first request.
    static DicomCharacterSet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The default repertoire, decoded as Latin-1 so that stray 8-bit bytes still show.</summary>
    public static Encoding Default { get; } = Encoding.Latin1;

    /// <summary>The decoder of a data set without Specific Character Set.</summary>
    public static DicomTextDecoder DefaultDecoder { get; } = new(string.Empty);

    /// <summary>
    /// Returns the cached decoder for a Specific Character Set value (terms separated by '\'), creating it on
    /// first use because building one (normalizing terms, creating encodings) is slow.
    /// </summary>
    public static DicomTextDecoder GetDecoder(string specificCharacterSet)
    {
        if (Decoders.TryGetValue(specificCharacterSet, out var decoder))
        {
            return decoder;
        }

        decoder = new DicomTextDecoder(specificCharacterSet);
        return Decoders.Count < MaxCachedDecoders ? Decoders.GetOrAdd(specificCharacterSet, decoder) : decoder;
    }

    /// <summary>The encoding for the terms of Specific Character Set (value 1 first).</summary>
    public static Encoding GetEncoding(IReadOnlyList<string> terms)
    {
        var normalized = terms.Select(term => Normalize(term) ?? string.Empty).ToArray();
        if (normalized.Length == 0)
        {
            return Default;
        }

        if (normalized.Any(term => term.StartsWith("ISO 2022", StringComparison.Ordinal)))
        {
            return new Iso2022Encoding(normalized);
        }

        var first = normalized[0].Length > 0 ? normalized[0] : normalized.FirstOrDefault(t => t.Length > 0) ?? string.Empty;
        return FromCodePage(CodePageOf(first));
    }

    /// <summary>Returns the code page's encoding with replacement fallbacks (U+FFFD when decoding, '?' when encoding).</summary>
    public static Encoding GetCodePage(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    /// <summary>Placeholder for a term that is not a defined term, in place of the sender's text.</summary>
    public const string UndefinedTermPlaceholder = "(undefined term)";

    /// <summary>
    /// Returns a Specific Character Set value with each term that is not a defined term, or a misspelling of one,
    /// replaced by <see cref="UndefinedTermPlaceholder"/>. A sender can put any text in that element, including
    /// identifying text, so only the replaced form may be logged.
    /// </summary>
    public static string RedactUndefinedTerms(string value)
    {
        var terms = value.Split('\\')
            .Select(term => Normalize(term) is null ? UndefinedTermPlaceholder : term.Trim(' ', '\0'));
        return string.Join('\\', terms);
    }

    /// <summary>
    /// Returns the defined term <paramref name="term"/> is, correcting common misspellings such as
    /// "ISO-IR 100" or "ISO_IR100"; null when it is not a known term.
    /// </summary>
    public static string? Normalize(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var trimmed = term.Trim(' ', '\0');
        if (trimmed.Length == 0 || CodePages.ContainsKey(trimmed))
        {
            return trimmed;
        }

        var compact = new string(trimmed.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return CodePages.Keys.FirstOrDefault(known =>
            string.Equals(new string(known.Where(char.IsAsciiLetterOrDigit).ToArray()), compact, StringComparison.Ordinal));
    }

    private static int CodePageOf(string term) => CodePages.TryGetValue(term, out var page) ? page : 0;

    private static Encoding FromCodePage(int codePage) =>
        codePage switch
        {
            0 or 28591 => Default,
            65001 => new UTF8Encoding(false, false),
            _ => GetCodePage(codePage),
        };
}
