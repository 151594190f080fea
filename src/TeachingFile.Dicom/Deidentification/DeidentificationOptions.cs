namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Options of the PS3.15 Annex E Basic Application Level Confidentiality Profile. The defaults suit a
/// teaching file: dates shifted per patient, patient characteristics kept, descriptions cleaned; every
/// other option off.
/// </summary>
public sealed class DeidentificationOptions
{
    /// <summary>Shift dates by a per-patient number of days instead of removing them. Default: true.
    /// Times are kept, since a whole-day shift leaves them unchanged.</summary>
    public bool RetainLongitudinalTemporalInformationWithModifiedDates { get; set; } = true;

    /// <summary>Keep dates and times unchanged. Default: false. When both date options are on, dates
    /// are shifted.</summary>
    public bool RetainLongitudinalTemporalInformationWithFullDates { get; set; }

    /// <summary>Keep sex, age, size, weight, smoking and pregnancy status, ethnic group; clean allergies,
    /// special needs, patient state and premedication. Default: true.</summary>
    public bool RetainPatientCharacteristics { get; set; } = true;

    /// <summary>Clean descriptions (study, series, protocol, ...) down to imaging vocabulary instead of
    /// removing them. Default: true.</summary>
    public bool CleanDescriptors { get; set; } = true;

    /// <summary>Keep device identifiers (station name, serial numbers, AE titles cleaned). Default: false.</summary>
    public bool RetainDeviceIdentity { get; set; }

    /// <summary>Keep every UID unchanged. Default: false (instance UIDs replaced by keyed 2.25 UIDs).</summary>
    public bool RetainUids { get; set; }

    /// <summary>Keep institution name, address and department. Default: false.</summary>
    public bool RetainInstitutionIdentity { get; set; }

    /// <summary>Keep the private attributes listed in <see cref="SafePrivateAttributes"/>; every other
    /// private attribute is still removed. Default: false.</summary>
    public bool RetainSafePrivate { get; set; }

    /// <summary>Clean the text of graphic annotations and overlay comments instead of replacing or removing
    /// it. Curve and overlay data are removed either way, since they cannot be checked. Default: false.</summary>
    public bool CleanGraphics { get; set; }

    /// <summary>Clean the free text of SR content and acquisition context instead of replacing it with a
    /// dummy. Default: false.</summary>
    public bool CleanStructuredContent { get; set; }

    /// <summary>Private attributes kept when <see cref="RetainSafePrivate"/> is on. Default: empty.</summary>
    public IList<SafePrivateAttribute> SafePrivateAttributes { get; } = [];

    /// <summary>Words, in addition to the built-in imaging vocabulary, that cleaned descriptions may keep
    /// (compared case-insensitively). Default: empty.</summary>
    public IList<string> AdditionalDescriptorWords { get; } = [];

    /// <summary>Lower bound of the per-patient date shift, in days. Default: -3650 (about ten years).</summary>
    public int MinimumDateShiftDays { get; set; } = -3650;

    /// <summary>Upper bound of the per-patient date shift, in days. Default: -365, so a shifted date is
    /// never within a year of the real one.</summary>
    public int MaximumDateShiftDays { get; set; } = -365;

    /// <summary>Checks the values; throws <see cref="ArgumentException"/> naming the invalid one.</summary>
    public void Validate()
    {
        if (MinimumDateShiftDays > MaximumDateShiftDays)
        {
            throw new ArgumentException(
                $"MinimumDateShiftDays ({MinimumDateShiftDays}) is greater than MaximumDateShiftDays " +
                $"({MaximumDateShiftDays}); set the minimum to the lower bound of the shift range.");
        }

        if (MinimumDateShiftDays < -36500 || MaximumDateShiftDays > 36500)
        {
            throw new ArgumentException(
                $"The date shift range {MinimumDateShiftDays}..{MaximumDateShiftDays} days exceeds " +
                "-36500..36500; choose bounds within a hundred years.");
        }
    }

    internal AnnexEOptions ToAnnexEOptions()
    {
        var options = AnnexEOptions.None;
        options |= RetainSafePrivate ? AnnexEOptions.RetainSafePrivate : 0;
        options |= RetainUids ? AnnexEOptions.RetainUids : 0;
        options |= RetainDeviceIdentity ? AnnexEOptions.RetainDeviceIdentity : 0;
        options |= RetainInstitutionIdentity ? AnnexEOptions.RetainInstitutionIdentity : 0;
        options |= RetainPatientCharacteristics ? AnnexEOptions.RetainPatientCharacteristics : 0;
        options |= RetainLongitudinalTemporalInformationWithFullDates ? AnnexEOptions.RetainLongitudinalFullDates : 0;
        options |= RetainLongitudinalTemporalInformationWithModifiedDates
            ? AnnexEOptions.RetainLongitudinalModifiedDates
            : 0;
        options |= CleanDescriptors ? AnnexEOptions.CleanDescriptors : 0;
        options |= CleanStructuredContent ? AnnexEOptions.CleanStructuredContent : 0;
        options |= CleanGraphics ? AnnexEOptions.CleanGraphics : 0;
        return options;
    }
}
