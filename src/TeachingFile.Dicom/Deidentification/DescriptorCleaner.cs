using System.Collections.Frozen;
using System.Text;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Cleans a description by whitelist. It keeps, upper-cased, only words of the imaging vocabulary,
/// numbers with a unit (5MM, 0.625MM, 120KV, 1.5T), single digits and b-values (B1000). Every other word
/// is dropped, so no name, identifier, date or free text survives. Values separated by '\' are cleaned
/// one by one.
/// </summary>
internal sealed class DescriptorCleaner
{
    private static readonly FrozenSet<string> Units = new[]
    {
        "MM", "CM", "M", "MM2", "CM2", "MM3", "CC", "ML", "MS", "MSEC", "S", "SEC", "MIN", "H", "HR", "KV", "KVP",
        "MA", "MAS", "MGY", "GY", "T", "DEG", "%", "HZ", "KHZ", "MHZ", "DB", "MCI", "MBQ", "MG", "G", "KG", "FPS",
        "X",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> _vocabulary;

    public DescriptorCleaner(FrozenSet<string> vocabulary)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>Returns the cleaned text; empty when no word survives.</summary>
    public string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var valueStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\\')
            {
                if (valueStart > 0)
                {
                    builder.Append('\\');
                }

                CleanValue(text.AsSpan(valueStart, i - valueStart), builder);
                valueStart = i + 1;
            }
        }

        return builder.ToString();
    }

    private void CleanValue(ReadOnlySpan<char> value, StringBuilder builder)
    {
        var valueStart = builder.Length;
        var tokenStart = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var inToken = i < value.Length && IsTokenChar(value[i]);
            if (inToken && tokenStart < 0)
            {
                tokenStart = i;
            }
            else if (!inToken && tokenStart >= 0)
            {
                AppendToken(value[tokenStart..i].ToString().ToUpperInvariant(), builder, valueStart);
                tokenStart = -1;
            }
        }
    }

    private void AppendToken(string token, StringBuilder builder, int valueStart)
    {
        if (_vocabulary.Contains(token) || IsMeasurement(token) || IsSingleDigit(token))
        {
            AppendWord(token, builder, valueStart);
            return;
        }

        // A compound such as "CHEST/ABDOMEN" or "T1-FS" stays whole when every part is known. Otherwise only
        // its known parts stay, and bare numbers are not known parts, so "12/03/2023" leaves nothing.
        var parts = token.Split(CompoundSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && Array.TrueForAll(parts, IsKnownPart))
        {
            AppendWord(token, builder, valueStart);
            return;
        }

        foreach (var part in parts)
        {
            if (part.Length < token.Length && IsKnownPart(part))
            {
                AppendWord(part, builder, valueStart);
            }
        }
    }

    private bool IsKnownPart(string part) => _vocabulary.Contains(part) || IsMeasurement(part);

    private static readonly char[] CompoundSeparators = ['/', '-', '+', '.'];

    private static void AppendWord(string word, StringBuilder builder, int valueStart)
    {
        if (builder.Length > valueStart)
        {
            builder.Append(' ');
        }

        builder.Append(word);
    }

    private static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || c is '/' or '-' or '+' or '.' or '%' or '*' or '&';

    private static bool IsSingleDigit(string token) => token.Length == 1 && char.IsAsciiDigit(token[0]);

    /// <summary>True for a number of at most 4 integer and 3 decimal digits followed by a unit, or a
    /// b-value "B" followed by at most 4 digits.</summary>
    private static bool IsMeasurement(string token)
    {
        if (token.Length is >= 2 and <= 5 && token[0] == 'B' && AllDigits(token.AsSpan(1)))
        {
            return true;
        }

        var integerDigits = CountDigits(token, 0);
        if (integerDigits is 0 or > 4)
        {
            return false;
        }

        var position = integerDigits;
        if (position < token.Length && token[position] == '.')
        {
            var decimals = CountDigits(token, position + 1);
            if (decimals is 0 or > 3)
            {
                return false;
            }

            position += decimals + 1;
        }

        return position < token.Length && Units.Contains(token[position..]);
    }

    private static int CountDigits(string text, int start)
    {
        var count = 0;
        while (start + count < text.Length && char.IsAsciiDigit(text[start + count]))
        {
            count++;
        }

        return count;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
