namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Decides whether the pixel data may carry burned-in identifying text: Burned In Annotation (0028,0301)
/// is YES, or it is not an explicit NO and the modality is US, SC, OT or XA or the SOP class is one of the
/// Secondary Capture family.
/// </summary>
internal static class BurnedInAnnotationRule
{
    private const string SecondaryCaptureRoot = "1.2.840.10008.5.1.4.1.1.7";

    /// <summary>Evaluates the rule on the top-level data set (before de-identification).</summary>
    public static bool IsAtRisk(DicomDataset dataset)
    {
        var burnedIn = AsciiValues.ReadText(dataset, DicomTags.BurnedInAnnotation)?.Trim();
        if (string.Equals(burnedIn, "YES", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(burnedIn, "NO", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var modality = AsciiValues.ReadText(dataset, DicomTags.Modality)?.Trim();
        if (modality is "US" or "SC" or "OT" or "XA")
        {
            return true;
        }

        var sopClass = AsciiValues.ReadText(dataset, DicomTags.SOPClassUID)?.Trim() ?? string.Empty;
        return sopClass == SecondaryCaptureRoot
            || sopClass.StartsWith(SecondaryCaptureRoot + ".", StringComparison.Ordinal);
    }
}
