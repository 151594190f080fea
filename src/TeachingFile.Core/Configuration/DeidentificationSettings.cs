namespace TeachingFile.Core.Configuration;

/// <summary>
/// The PS3.15 Annex E options applied on top of the Basic Application Level Confidentiality
/// Profile (configuration section "Deidentification"). All three are on by default.
/// </summary>
public sealed class DeidentificationSettings
{
    public const string SectionName = "Deidentification";

    /// <summary>Keeps dates, shifted by a per-patient offset derived from the site secret (default true).</summary>
    public bool RetainLongitudinalTemporalInformationWithModifiedDates { get; set; } = true;

    /// <summary>Keeps Patient's Sex, Age, Size and Weight, used for age-group and sex tags (default true).</summary>
    public bool RetainPatientCharacteristics { get; set; } = true;

    /// <summary>Keeps descriptions such as Study Description after removing identifying text (default true).</summary>
    public bool CleanDescriptors { get; set; } = true;
}
