using System.Globalization;
using System.Text;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Shifts DA and DT values by whole days. Times, fractions and UTC offsets of DT values are kept, since a
/// whole-day shift leaves them unchanged.
/// </summary>
internal static class DateShifter
{
    private const string DateFormat = "yyyyMMdd";

    /// <summary>
    /// Shifts every value of a DA element (values separated by '\', ranges "A-B" shifted on both sides,
    /// the ACR-NEMA form "yyyy.MM.dd" accepted). Returns null when a value is not a date.
    /// </summary>
    public static string? ShiftDates(string text, int days)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var value in text.Split('\\'))
        {
            if (builder.Length > 0)
            {
                builder.Append('\\');
            }

            if (!AppendShiftedRange(builder, value, days))
            {
                return null;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Shifts every value of a DT element: the date part (YYYY, YYYYMM or YYYYMMDD, missing month and day
    /// read as 01 and the same precision written back) moves by <paramref name="days"/>, the rest is kept.
    /// Returns null when a value does not start with a year.
    /// </summary>
    public static string? ShiftDateTimes(string text, int days)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\\'))
        {
            if (builder.Length > 0)
            {
                builder.Append('\\');
            }

            var value = raw.Trim();
            var digits = CountLeadingDigits(value);
            var precision = DatePrecision(digits);
            if (precision == 0 || !TryShift(value[..precision].PadRight(8, '0'), days, out var shifted))
            {
                return null;
            }

            builder.Append(shifted, 0, precision).Append(value, precision, value.Length - precision);
        }

        return builder.ToString();
    }

    private static bool AppendShiftedRange(StringBuilder builder, string value, int days)
    {
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return AppendShiftedDate(builder, value, days);
        }

        if (!AppendShiftedDate(builder, value[..dash], days))
        {
            return false;
        }

        builder.Append('-');
        return AppendShiftedDate(builder, value[(dash + 1)..], days);
    }

    private static bool AppendShiftedDate(StringBuilder builder, string value, int days)
    {
        var date = value.Trim().Replace(".", string.Empty, StringComparison.Ordinal);
        if (date.Length == 0)
        {
            return true;
        }

        if (date.Length != 8 || !TryShift(date, days, out var shifted))
        {
            return false;
        }

        builder.Append(shifted);
        return true;
    }

    private static bool TryShift(string yyyymmdd, int days, out string shifted)
    {
        // DT values of precision YYYY or YYYYMM arrive padded with "0"; read a zero month or day as 01.
        var text = yyyymmdd[4..6] == "00" ? yyyymmdd[..4] + "0101" : yyyymmdd;
        text = text[6..8] == "00" ? text[..6] + "01" : text;
        shifted = string.Empty;
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TryAddDays(date, days, out var moved))
        {
            return false;
        }

        shifted = moved.ToString(DateFormat, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryAddDays(DateOnly date, int days, out DateOnly moved)
    {
        var dayNumber = (long)date.DayNumber + days;
        var ok = dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber;
        moved = ok ? DateOnly.FromDayNumber((int)dayNumber) : default;
        return ok;
    }

    /// <summary>Returns the length of the date part of a DT value: 8, 6 or 4 digits, or 0 when it has no year.</summary>
    private static int DatePrecision(int leadingDigits)
    {
        if (leadingDigits >= 8)
        {
            return 8;
        }

        if (leadingDigits >= 6)
        {
            return 6;
        }

        return leadingDigits >= 4 ? 4 : 0;
    }

    private static int CountLeadingDigits(string value)
    {
        var count = 0;
        while (count < value.Length && char.IsAsciiDigit(value[count]))
        {
            count++;
        }

        return count;
    }
}
