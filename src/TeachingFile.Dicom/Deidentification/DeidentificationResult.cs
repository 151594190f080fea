namespace TeachingFile.Dicom.Deidentification;

/// <summary>The outcome of de-identifying one data set.</summary>
public sealed class DeidentificationResult
{
    /// <summary>The patient pseudonym (32 upper-case hex digits), now the Patient ID; the same for every
    /// instance of one patient under one site key.</summary>
    public required string PatientKey { get; init; }

    /// <summary>Days added to every date (negative); 0 when dates are kept or removed.</summary>
    public int DateShiftDays { get; init; }

    /// <summary>True when the pixel data may show burned-in identifying text: Burned In Annotation is YES,
    /// or it is not NO and the modality is US, SC, OT or XA or the SOP class is Secondary Capture.</summary>
    public bool BurnedInAnnotationRisk { get; init; }

    /// <summary>How many attributes each action changed.</summary>
    public required DeidentificationActionCounts Counts { get; init; }
}
