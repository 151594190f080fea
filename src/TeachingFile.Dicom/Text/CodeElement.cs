using System.Text;

namespace TeachingFile.Dicom.Text;

/// <summary>
/// A code element of PS3.3 Tables C.12-3/C.12-4: the graphic set an ISO 2022 escape sequence designates to
/// G0 (7-bit bytes) or G1 (8-bit bytes), and how its characters are decoded.
/// </summary>
internal sealed class CodeElement
{
    private readonly Encoding? _encoding;

    private CodeElement(string term, byte[] escape, bool isG1, int bytesPerChar, Encoding? encoding, byte highBit)
    {
        Term = term;
        Escape = escape;
        IsG1 = isG1;
        BytesPerChar = bytesPerChar;
        _encoding = encoding;
        HighBit = highBit;
    }

    /// <summary>The defined term, e.g. "ISO 2022 IR 87".</summary>
    public string Term { get; }

    /// <summary>The escape sequence without the leading ESC.</summary>
    public byte[] Escape { get; }

    /// <summary>True for a G1 set (bytes 0xA0-0xFF), false for G0 (bytes 0x21-0x7E).</summary>
    public bool IsG1 { get; }

    /// <summary>1 for single-byte sets, 2 for JIS X 0208, KS X 1001, GB 2312 and JIS X 0212.</summary>
    public int BytesPerChar { get; }

    /// <summary>Bits OR-ed onto 7-bit bytes before decoding (0x80 to read JIS X 0208 as EUC-JP).</summary>
    private byte HighBit { get; }

    /// <summary>The code elements of every ISO 2022 defined term, in the order escape sequences are matched.</summary>
    public static IReadOnlyList<CodeElement> All { get; } = Create();

    /// <summary>Decodes one character's bytes (as they appear in the value); U+FFFD marks invalid bytes.</summary>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        if (_encoding is null)
        {
            return bytes.Length == 2 ? JisX0212.Decode(bytes[0], bytes[1]).ToString() : "\uFFFD";
        }

        Span<byte> shifted = stackalloc byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            shifted[i] = (byte)(bytes[i] | HighBit);
        }

        return _encoding.GetString(shifted);
    }

    /// <summary>
    /// Writes the bytes of <paramref name="c"/> in this set as they appear in a value (7-bit for G0, 8-bit for
    /// G1) and returns their count; 0 when the set does not contain the character.
    /// </summary>
    public int Encode(char c, Span<byte> destination)
    {
        if (!IsG1 && BytesPerChar == 1)
        {
            // The single-byte G0 sets (ISO 646 and JIS X 0201 romaji) are read as ASCII, and a code page
            // would turn any other character into '?', which is ASCII too.
            destination[0] = (byte)c;
            return c is > ' ' and < '\x7F' ? 1 : 0;
        }

        Span<byte> encoded = stackalloc byte[4];
        var count = _encoding is null ? JisX0212.Encode(c, encoded) : _encoding.GetBytes([c], encoded);
        if (count != BytesPerChar || !IsInSet(encoded[..count]))
        {
            return 0;
        }

        for (var i = 0; i < count; i++)
        {
            destination[i] = IsG1 ? (byte)(encoded[i] | 0x80) : (byte)(encoded[i] & 0x7F);
        }

        return count;
    }

    // The code pages behind the sets are supersets (GBK for GB 2312, Shift-JIS for JIS X 0201 katakana), so
    // only bytes inside the 94- or 96-character set count. A replacement '?' falls outside every G1 set.
    private bool IsInSet(ReadOnlySpan<byte> encoded)
    {
        foreach (var b in encoded)
        {
            var valid = (IsTable: _encoding is null, IsG1, BytesPerChar) switch
            {
                (IsTable: true, _, _) => b is >= 0x21 and <= 0x7E,
                (_, true, 1) => b >= 0xA0,
                _ => b is >= 0xA1 and <= 0xFE,
            };
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    private static List<CodeElement> Create()
    {
        static Encoding Page(int codePage) => DicomCharacterSet.GetCodePage(codePage);
        return
        [
            new("ISO 2022 IR 6", "(B"u8.ToArray(), false, 1, Encoding.Latin1, 0),
            new("ISO 2022 IR 13", "(J"u8.ToArray(), false, 1, Encoding.Latin1, 0),
            new("ISO 2022 IR 13", ")I"u8.ToArray(), true, 1, Page(932), 0),
            new("ISO 2022 IR 100", "-A"u8.ToArray(), true, 1, Encoding.Latin1, 0),
            new("ISO 2022 IR 101", "-B"u8.ToArray(), true, 1, Page(28592), 0),
            new("ISO 2022 IR 109", "-C"u8.ToArray(), true, 1, Page(28593), 0),
            new("ISO 2022 IR 110", "-D"u8.ToArray(), true, 1, Page(28594), 0),
            new("ISO 2022 IR 144", "-L"u8.ToArray(), true, 1, Page(28595), 0),
            new("ISO 2022 IR 127", "-G"u8.ToArray(), true, 1, Page(28596), 0),
            new("ISO 2022 IR 126", "-F"u8.ToArray(), true, 1, Page(28597), 0),
            new("ISO 2022 IR 138", "-H"u8.ToArray(), true, 1, Page(28598), 0),
            new("ISO 2022 IR 148", "-M"u8.ToArray(), true, 1, Page(28599), 0),
            new("ISO 2022 IR 203", "-b"u8.ToArray(), true, 1, Page(28605), 0),
            new("ISO 2022 IR 166", "-T"u8.ToArray(), true, 1, Page(874), 0),
            new("ISO 2022 IR 87", "$B"u8.ToArray(), false, 2, Page(20932), 0x80),
            new("ISO 2022 IR 159", "$(D"u8.ToArray(), false, 2, null, 0),
            new("ISO 2022 IR 149", "$)C"u8.ToArray(), true, 2, Page(51949), 0),
            new("ISO 2022 IR 58", "$)A"u8.ToArray(), true, 2, Page(936), 0),
        ];
    }
}
