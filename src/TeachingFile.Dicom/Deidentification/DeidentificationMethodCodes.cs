namespace TeachingFile.Dicom.Deidentification;

/// <summary>The codes of PS3.16 CID 7050 (De-identification Method), coding scheme DCM.</summary>
internal static class DeidentificationMethodCodes
{
    public static readonly (string Value, string Meaning) BasicProfile =
        ("113100", "Basic Application Confidentiality Profile");

    public static readonly (string Value, string Meaning) CleanGraphics = ("113103", "Clean Graphics Option");

    public static readonly (string Value, string Meaning) CleanStructuredContent =
        ("113104", "Clean Structured Content Option");

    public static readonly (string Value, string Meaning) CleanDescriptors = ("113105", "Clean Descriptors Option");

    public static readonly (string Value, string Meaning) RetainFullDates =
        ("113106", "Retain Longitudinal Temporal Information Full Dates Option");

    public static readonly (string Value, string Meaning) RetainModifiedDates =
        ("113107", "Retain Longitudinal Temporal Information Modified Dates Option");

    public static readonly (string Value, string Meaning) RetainPatientCharacteristics =
        ("113108", "Retain Patient Characteristics Option");

    public static readonly (string Value, string Meaning) RetainDeviceIdentity =
        ("113109", "Retain Device Identity Option");

    public static readonly (string Value, string Meaning) RetainUids = ("113110", "Retain UIDs Option");

    public static readonly (string Value, string Meaning) RetainSafePrivate = ("113111", "Retain Safe Private Option");

    public static readonly (string Value, string Meaning) RetainInstitutionIdentity =
        ("113112", "Retain Institution Identity Option");

    /// <summary>Returns the codes of the profile and each option in effect, the profile first.</summary>
    public static List<(string Value, string Meaning)> For(AnnexEOptions options)
    {
        var codes = new List<(string Value, string Meaning)> { BasicProfile };
        AddIf(codes, options, AnnexEOptions.CleanGraphics, CleanGraphics);
        AddIf(codes, options, AnnexEOptions.CleanStructuredContent, CleanStructuredContent);
        AddIf(codes, options, AnnexEOptions.CleanDescriptors, CleanDescriptors);

        // Dates are shifted when both date options are on, so only the Modified Dates option is applied.
        if ((options & AnnexEOptions.RetainLongitudinalModifiedDates) == 0)
        {
            AddIf(codes, options, AnnexEOptions.RetainLongitudinalFullDates, RetainFullDates);
        }

        AddIf(codes, options, AnnexEOptions.RetainLongitudinalModifiedDates, RetainModifiedDates);
        AddIf(codes, options, AnnexEOptions.RetainPatientCharacteristics, RetainPatientCharacteristics);
        AddIf(codes, options, AnnexEOptions.RetainDeviceIdentity, RetainDeviceIdentity);
        AddIf(codes, options, AnnexEOptions.RetainUids, RetainUids);
        AddIf(codes, options, AnnexEOptions.RetainSafePrivate, RetainSafePrivate);
        AddIf(codes, options, AnnexEOptions.RetainInstitutionIdentity, RetainInstitutionIdentity);
        return codes;
    }

    private static void AddIf(
        List<(string Value, string Meaning)> codes,
        AnnexEOptions options,
        AnnexEOptions option,
        (string Value, string Meaning) code)
    {
        if ((options & option) != 0)
        {
            codes.Add(code);
        }
    }
}
