namespace TeachingFile.Dicom.Network;

/// <summary>The AE title value rules of PS3.5 Table 6.2-1 (VR AE).</summary>
internal static class AeTitleRules
{
    /// <summary>Returns why <paramref name="aeTitle"/> is invalid, or null when it is valid.</summary>
    public static string? Check(string? aeTitle)
    {
        if (string.IsNullOrWhiteSpace(aeTitle) || aeTitle.Length > 16)
        {
            return "'" + aeTitle + "' is invalid; expected 1 to 16 characters, not all spaces.";
        }

        foreach (var c in aeTitle)
        {
            if (c is < ' ' or > '~' or '\\')
            {
                return "'" + aeTitle + "' contains a control character, a non-ASCII character or a backslash.";
            }
        }

        return aeTitle.Trim().Length == aeTitle.Length ? null : "'" + aeTitle + "' has leading or trailing spaces.";
    }
}
