using System.Text;

namespace TeachingFile.Dicom.Text;

/// <summary>
/// Text encoding with ISO 2022 code extensions (PS3.5 6.1.2.5). Escape sequences switch the G0 and G1 sets
/// among those Specific Character Set lists. The initial sets of value 1 return at each value, component
/// and line delimiter met while G0 is a single-byte set. Invalid bytes decode as U+FFFD (the
/// replacement fallback), so decoding does not throw.
/// NOTE: encoding uses the initial sets only, so other characters become '?'.
/// </summary>
internal sealed class Iso2022Encoding : Encoding
{
    private const byte Esc = 0x1B;

    private readonly CodeElement _initialG0;
    private readonly CodeElement? _initialG1;
    private readonly Encoding _encoder;

    public Iso2022Encoding(string firstTerm)
        : base(0, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
    {
        var term = firstTerm.Length == 0 ? "ISO 2022 IR 6" : firstTerm;
        var elements = CodeElement.All.Where(e => string.Equals(e.Term, term, StringComparison.Ordinal)).ToList();
        _initialG0 = elements.FirstOrDefault(e => !e.IsG1) ?? CodeElement.All[0];
        _initialG1 = elements.FirstOrDefault(e => e.IsG1);
        _encoder = term switch
        {
            "ISO 2022 IR 6" or "ISO 2022 IR 13" => Latin1,
            _ => DicomCharacterSet.GetEncoding([term.Replace("ISO 2022 IR", "ISO_IR", StringComparison.Ordinal)]),
        };
    }

    public override string WebName => "iso-2022-dicom";

    public override int GetByteCount(char[] chars, int index, int count) => _encoder.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        _encoder.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetCharCount(byte[] bytes, int index, int count) => Decode(bytes.AsSpan(index, count)).Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var text = Decode(bytes.AsSpan(byteIndex, byteCount));
        text.CopyTo(0, chars, charIndex, text.Length);
        return text.Length;
    }

    public override string GetString(byte[] bytes, int index, int count) => Decode(bytes.AsSpan(index, count));

    public override int GetMaxByteCount(int charCount) => _encoder.GetMaxByteCount(charCount);

    public override int GetMaxCharCount(int byteCount) => byteCount;

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var g0 = _initialG0;
        var g1 = _initialG1;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == Esc && TryEscape(bytes[(i + 1)..], out var element, out var length))
            {
                (g0, g1) = element.IsG1 ? (g0, element) : (element, g1);
                i += 1 + length;
                continue;
            }

            CodeElement? set = null;
            if (b >= 0xA0)
            {
                set = g1;
            }
            else if (b is > 0x20 and < 0x7F)
            {
                set = g0;
            }

            if (set is null || set.BytesPerChar == 1 || i + set.BytesPerChar > bytes.Length)
            {
                text.Append(set is null ? Latin1.GetString(bytes.Slice(i, 1)) : set.Decode(bytes.Slice(i, 1)));
                if (g0.BytesPerChar == 1 && b is (byte)'\\' or (byte)'^' or (byte)'=' or 0x0A or 0x0C or 0x0D or 0x09)
                {
                    (g0, g1) = (_initialG0, _initialG1);
                }

                i++;
                continue;
            }

            text.Append(set.Decode(bytes.Slice(i, set.BytesPerChar)));
            i += set.BytesPerChar;
        }

        return text.ToString();
    }

    private static bool TryEscape(ReadOnlySpan<byte> rest, out CodeElement element, out int length)
    {
        foreach (var candidate in CodeElement.All)
        {
            if (rest.StartsWith(candidate.Escape))
            {
                element = candidate;
                length = candidate.Escape.Length;
                return true;
            }
        }

        element = null!;
        length = 0;
        return false;
    }
}
