namespace TeachingFile.Dicom.Text;

/// <summary>
/// JIS X 0212 (ISO 2022 IR 159), the supplementary kanji set that .NET's EUC-JP and ISO-2022-JP encodings
/// do not decode. The table is generated from Python's euc_jp codec.
/// </summary>
internal static partial class JisX0212
{
    /// <summary>Decodes one character from its two 7-bit bytes (0x21-0x7E); U+FFFD when the cell is unassigned.</summary>
    public static char Decode(byte first, byte second)
    {
        int row = (first & 0x7F) - 0x20;
        int column = (second & 0x7F) - 0x20;
        if (row is < 1 or > 94 || column is < 1 or > 94)
        {
            return '\uFFFD';
        }

        return Table[((row - 1) * 94) + column - 1];
    }

    /// <summary>Writes the two 7-bit bytes of <paramref name="c"/> and returns 2; 0 when JIS X 0212 lacks it.</summary>
    public static int Encode(char c, Span<byte> destination)
    {
        if (c == '\uFFFD' || !Cells.Value.TryGetValue(c, out var index))
        {
            return 0;
        }

        destination[0] = (byte)(0x21 + (index / 94));
        destination[1] = (byte)(0x21 + (index % 94));
        return 2;
    }

    private static readonly Lazy<Dictionary<char, int>> Cells = new(() =>
    {
        var cells = new Dictionary<char, int>();
        for (var i = 0; i < Table.Length; i++)
        {
            cells.TryAdd(Table[i], i);
        }

        return cells;
    });
}
