namespace TeachingFile.Dicom.Deidentification;

/// <summary>The option columns of PS3.15 Table E.1-1, as flags.</summary>
[Flags]
internal enum AnnexEOptions
{
    /// <summary>No option.</summary>
    None = 0,

    /// <summary>Retain Safe Private Option.</summary>
    RetainSafePrivate = 1 << 0,

    /// <summary>Retain UIDs Option.</summary>
    RetainUids = 1 << 1,

    /// <summary>Retain Device Identity Option.</summary>
    RetainDeviceIdentity = 1 << 2,

    /// <summary>Retain Institution Identity Option.</summary>
    RetainInstitutionIdentity = 1 << 3,

    /// <summary>Retain Patient Characteristics Option.</summary>
    RetainPatientCharacteristics = 1 << 4,

    /// <summary>Retain Longitudinal Temporal Information with Full Dates Option.</summary>
    RetainLongitudinalFullDates = 1 << 5,

    /// <summary>Retain Longitudinal Temporal Information with Modified Dates Option.</summary>
    RetainLongitudinalModifiedDates = 1 << 6,

    /// <summary>Clean Descriptors Option.</summary>
    CleanDescriptors = 1 << 7,

    /// <summary>Clean Structured Content Option.</summary>
    CleanStructuredContent = 1 << 8,

    /// <summary>Clean Graphics Option.</summary>
    CleanGraphics = 1 << 9,
}
