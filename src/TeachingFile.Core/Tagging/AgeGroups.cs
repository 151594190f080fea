using System.Globalization;

namespace TeachingFile.Core.Tagging;

/// <summary>Age groups derived from Patient's Age (AS: nnnD, nnnW, nnnM or nnnY).</summary>
public static class AgeGroups
{
    public const string Neonate = "neonate";
    public const string Infant = "infant";
    public const string Child = "child";
    public const string Adolescent = "adolescent";
    public const string Adult = "adult";
    public const string OlderAdult = "older adult";

    public const double DaysPerYear = 365.25;
    public const double DaysPerMonth = DaysPerYear / 12;

    /// <summary>Converts a DICOM AS value to days; null when absent or malformed.</summary>
    public static double? ParseAgeDays(string? age)
    {
        var value = age?.Trim();
        if (value is not { Length: 4 } ||
            !int.TryParse(value.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        return value[3] switch
        {
            'D' => count,
            'W' => count * 7.0,
            'M' => count * DaysPerMonth,
            'Y' => count * DaysPerYear,
            _ => null,
        };
    }

    /// <summary>neonate &lt; 28 days, infant &lt; 1 year, child &lt; 12, adolescent &lt; 18, adult &lt; 65, else older adult.</summary>
    public static string? FromAgeDays(double? days) => days switch
    {
        null => null,
        < 28 => Neonate,
        < DaysPerYear => Infant,
        < 12 * DaysPerYear => Child,
        < 18 * DaysPerYear => Adolescent,
        < 65 * DaysPerYear => Adult,
        _ => OlderAdult,
    };
}
