using TeachingFile.Dicom;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Ingest;

/// <summary>Checks a received data set against its C-STORE command before anything is stored.</summary>
internal static class CommandConsistency
{
    /// <summary>
    /// Returns what is wrong in words free of UID values (the original UIDs are identifying), or
    /// null when SOP Class and SOP Instance UID match the command and the study and series UIDs exist.
    /// </summary>
    public static string? FindMismatch(DicomDataset dataset, DicomStoreRequest request)
    {
        if (!SameUid(dataset.GetString(DicomTags.SOPClassUID), request.AffectedSopClassUid))
        {
            return "SOP Class UID (0008,0016) differs from the command's Affected SOP Class UID";
        }

        if (!SameUid(dataset.GetString(DicomTags.SOPInstanceUID), request.AffectedSopInstanceUid))
        {
            return "SOP Instance UID (0008,0018) differs from the command's Affected SOP Instance UID";
        }

        if (string.IsNullOrWhiteSpace(dataset.GetString(DicomTags.StudyInstanceUID)?.Trim('\0')))
        {
            return "Study Instance UID (0020,000D) is missing";
        }

        return string.IsNullOrWhiteSpace(dataset.GetString(DicomTags.SeriesInstanceUID)?.Trim('\0'))
            ? "Series Instance UID (0020,000E) is missing"
            : null;
    }

    private static bool SameUid(string? fromDataset, string fromCommand) =>
        string.Equals(fromDataset?.Trim(' ', '\0'), fromCommand.Trim(' ', '\0'), StringComparison.Ordinal);
}
