using System.Text;

namespace TeachingFile.Dicom.Text;

/// <summary>
/// Text encoding with ISO 2022 code extensions (PS3.5 6.1.2.5). Escape sequences switch the G0 and G1 sets
/// among those Specific Character Set lists. The initial sets of value 1 return at each value, component
/// and line delimiter met while G0 is a single-byte set. Invalid bytes decode as U+FFFD (the
/// replacement fallback), so decoding does not throw. Encoding is done by <see cref="Iso2022Encoder"/>.
/// </summary>
internal sealed class Iso2022Encoding : Encoding
{
    private const byte Esc = 0x1B;

    private readonly CodeElement _initialG0;
    private readonly CodeElement? _initialG1;
    private readonly CodeElement? _fallbackG1;
    private readonly Iso2022Encoder _encoder;

    /// <summary>Creates the encoding for normalized terms; value 1 (empty for the default repertoire) comes first.</summary>
    public Iso2022Encoding(IReadOnlyList<string> terms)
        : base(0, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
    {
        var term = terms[0].Length == 0 ? "ISO 2022 IR 6" : terms[0];
        var elements = CodeElement.All.Where(e => string.Equals(e.Term, term, StringComparison.Ordinal)).ToList();
        _initialG0 = elements.FirstOrDefault(e => !e.IsG1) ?? CodeElement.All[0];
        _initialG1 = elements.FirstOrDefault(e => e.IsG1);
        _fallbackG1 = _initialG1 ?? CodeElement.All.FirstOrDefault(e => e.IsG1 && terms.Contains(e.Term, StringComparer.Ordinal));
        _encoder = new Iso2022Encoder(_initialG0, _initialG1, terms);
    }

    public override string WebName => "iso-2022-dicom";

    public override int GetByteCount(char[] chars, int index, int count) => _encoder.Encode(chars.AsSpan(index, count)).Length;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        var encoded = _encoder.Encode(chars.AsSpan(charIndex, charCount));
        encoded.CopyTo(bytes, byteIndex);
        return encoded.Length;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => Decode(bytes.AsSpan(index, count), out _).Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var text = Decode(bytes.AsSpan(byteIndex, byteCount), out _);
        text.CopyTo(0, chars, charIndex, text.Length);
        return text.Length;
    }

    public override string GetString(byte[] bytes, int index, int count) => Decode(bytes.AsSpan(index, count), out _);

    // Each character may need a 4-byte escape sequence before its 2 bytes, and the end of the value one more
    // escape sequence per set.
    public override int GetMaxByteCount(int charCount) => (charCount * 6) + 8;

    public override int GetMaxCharCount(int byteCount) => byteCount;

    /// <summary>
    /// Decodes a value; <paramref name="problem"/> reports the first fallback needed (see
    /// <see cref="DicomTextDecodingProblem"/>).
    /// </summary>
    public string Decode(ReadOnlySpan<byte> bytes, out DicomTextDecodingProblem problem)
    {
        problem = DicomTextDecodingProblem.None;
        if (_initialG0.BytesPerChar == 1 && Ascii.IsValid(bytes) && !bytes.Contains(Esc))
        {
            // Most values are plain ASCII, which the single-byte initial G0 sets decode as Latin-1 does.
            return Latin1.GetString(bytes);
        }

        var text = new StringBuilder(bytes.Length);
        var g0 = _initialG0;
        var g1 = _initialG1;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == Esc)
            {
                if (TryEscape(bytes[(i + 1)..], out var element))
                {
                    (g0, g1) = element.IsG1 ? (g0, element) : (element, g1);
                }
                else
                {
                    Report(ref problem, DicomTextDecodingProblem.UnknownEscapeSequence);
                }

                i += 1 + EscapeLength(bytes[(i + 1)..]);
                continue;
            }

            var set = SetOf(b, g0, g1, ref problem);
            if (set is null || set.BytesPerChar == 1 || i + set.BytesPerChar > bytes.Length)
            {
                Append(text, set is null ? Latin1.GetString(bytes.Slice(i, 1)) : set.Decode(bytes.Slice(i, 1)), ref problem);
                if (g0.BytesPerChar == 1 && b is (byte)'\\' or (byte)'^' or (byte)'=' or 0x0A or 0x0C or 0x0D or 0x09)
                {
                    (g0, g1) = (_initialG0, _initialG1);
                }

                i++;
                continue;
            }

            Append(text, set.Decode(bytes.Slice(i, set.BytesPerChar)), ref problem);
            i += set.BytesPerChar;
        }

        return text.ToString();
    }

    // Bytes 0x21-0x7E use G0, 0xA0-0xFF use G1, the rest (controls, space, C1) decode as Latin-1.
    private CodeElement? SetOf(byte b, CodeElement g0, CodeElement? g1, ref DicomTextDecodingProblem problem)
    {
        if (b is > 0x20 and < 0x7F)
        {
            return g0;
        }

        if (b < 0xA0)
        {
            if (b >= 0x80)
            {
                Report(ref problem, DicomTextDecodingProblem.InvalidBytes);
            }

            return null;
        }

        if (g1 is null)
        {
            Report(ref problem, DicomTextDecodingProblem.MissingEscapeSequence);
            return _fallbackG1;
        }

        return g1;
    }

    private static void Append(StringBuilder text, string decoded, ref DicomTextDecodingProblem problem)
    {
        if (decoded.Contains('\uFFFD', StringComparison.Ordinal))
        {
            Report(ref problem, DicomTextDecodingProblem.InvalidBytes);
        }

        text.Append(decoded);
    }

    private static void Report(ref DicomTextDecodingProblem problem, DicomTextDecodingProblem found)
    {
        if (problem == DicomTextDecodingProblem.None)
        {
            problem = found;
        }
    }

    private static bool TryEscape(ReadOnlySpan<byte> rest, out CodeElement element)
    {
        foreach (var candidate in CodeElement.All)
        {
            if (rest.StartsWith(candidate.Escape))
            {
                element = candidate;
                return true;
            }
        }

        element = null!;
        return false;
    }

    // ISO 2022 escape sequences are ESC, intermediate bytes 0x20-0x2F, then one final byte 0x30-0x7E. A
    // malformed sequence ends at the first byte that does not fit.
    private static int EscapeLength(ReadOnlySpan<byte> rest)
    {
        var length = 0;
        while (length < rest.Length && rest[length] is >= 0x20 and <= 0x2F)
        {
            length++;
        }

        return length < rest.Length && rest[length] is >= 0x30 and <= 0x7E ? length + 1 : length;
    }
}
