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
}
