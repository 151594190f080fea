namespace TeachingFile.Dicom.Deidentification;

/// <summary>Resolves each row of Table E.1-1 to one concrete action under a set of options.</summary>
internal static class AnnexEActionResolver
{
    /// <summary>
    /// Resolves every row of <see cref="AnnexETable.Rules"/>, in the same order. An enabled option's column
    /// replaces the Basic Profile action. When enabled options disagree, C (clean) wins over K (keep)
    /// because it protects more: Calibration DateTime under Retain Device Identity and Retain Modified
    /// Dates is shifted, not kept.
    /// </summary>
    public static ResolvedRule[] ResolveAll(AnnexEOptions enabled)
    {
        var rules = AnnexETable.Rules;
        var resolved = new ResolvedRule[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            resolved[i] = Resolve(rules[i], enabled);
        }

        return resolved;
    }

    /// <summary>Resolves one row.</summary>
    public static ResolvedRule Resolve(in AnnexERule rule, AnnexEOptions enabled)
    {
        var basic = IodConformance.Resolve(rule.BasicAction, rule.Tag);
        if ((rule.CleanOptions & enabled) != 0)
        {
            return new ResolvedRule(ElementAction.Clean, basic);
        }

        if ((rule.KeepOptions & enabled) != 0)
        {
            return new ResolvedRule(ElementAction.Keep, basic);
        }

        return new ResolvedRule(basic, basic);
    }
}
