using System.Collections.Frozen;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Lookup of <see cref="AnnexETable.Rules"/> by tag, built once. Kept apart from the partial table class so
/// the table is initialized before the index reads it.
/// </summary>
internal static class AnnexERuleIndex
{
    private static readonly FrozenDictionary<uint, int> ExactRules = BuildExactRules();
    private static readonly int[] MaskedRules = BuildMaskedRules();

    /// <summary>Finds the row index matching <paramref name="tag"/>: an exact row first, then a masked
    /// row such as (60xx,3000); -1 when the table has no row for it.</summary>
    public static int Find(uint tag)
    {
        if (ExactRules.TryGetValue(tag, out var index))
        {
            return index;
        }

        var rules = AnnexETable.Rules;
        foreach (var masked in MaskedRules)
        {
            if (rules[masked].Matches(tag))
            {
                return masked;
            }
        }

        return -1;
    }

    private static FrozenDictionary<uint, int> BuildExactRules()
    {
        var rules = AnnexETable.Rules;
        var exact = new Dictionary<uint, int>(rules.Length);
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].Mask == uint.MaxValue)
            {
                exact.Add(rules[i].Tag, i);
            }
        }

        return exact.ToFrozenDictionary();
    }

    private static int[] BuildMaskedRules()
    {
        var rules = AnnexETable.Rules;
        var masked = new List<int>();
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].Mask != uint.MaxValue)
            {
                masked.Add(i);
            }
        }

        return [.. masked];
    }
}
