using TeachingFile.Dicom;

namespace TeachingFile.Core.Ingest;

/// <summary>What the database keeps of one de-identified instance (read after de-identification only).</summary>
public sealed record InstanceMetadata
{
    public required string StudyInstanceUid { get; init; }

    public required string SeriesInstanceUid { get; init; }

    public required string SopInstanceUid { get; init; }

    public required string SopClassUid { get; init; }

    public string Modality { get; init; } = string.Empty;

    public string? BodyPartExamined { get; init; }

    public string? AnatomicRegionCode { get; init; }

    public string? AnatomicRegionMeaning { get; init; }

    public string? StudyDate { get; init; }

    public string? StudyDescription { get; init; }

    public string? SeriesDescription { get; init; }

    public int? SeriesNumber { get; init; }

    public int? InstanceNumber { get; init; }

    public int? Rows { get; init; }

    public int? Columns { get; init; }

    public int NumberOfFrames { get; init; } = 1;

    public string? PatientAge { get; init; }

    public string? PatientSex { get; init; }

    /// <summary>Reads the fields from a de-identified data set; throws when a UID the store needs is missing.</summary>
    public static InstanceMetadata FromDataset(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var region = (dataset[DicomTags.AnatomicRegionSequence] as DicomSequence)?.Items.FirstOrDefault();
        return new InstanceMetadata
        {
            StudyInstanceUid = RequiredUid(dataset, DicomTags.StudyInstanceUID, "Study Instance UID"),
            SeriesInstanceUid = RequiredUid(dataset, DicomTags.SeriesInstanceUID, "Series Instance UID"),
            SopInstanceUid = RequiredUid(dataset, DicomTags.SOPInstanceUID, "SOP Instance UID"),
            SopClassUid = RequiredUid(dataset, DicomTags.SOPClassUID, "SOP Class UID"),
            Modality = Text(dataset, DicomTags.Modality, 16)?.ToUpperInvariant() ?? string.Empty,
            BodyPartExamined = Text(dataset, DicomTags.BodyPartExamined, 16)?.ToUpperInvariant(),
            AnatomicRegionCode = region is null ? null : Text(region, DicomTags.CodeValue, 16),
            AnatomicRegionMeaning = region is null ? null : Text(region, DicomTags.CodeMeaning, 64),
            StudyDate = Text(dataset, DicomTags.StudyDate, 8),
            StudyDescription = Text(dataset, DicomTags.StudyDescription, 64),
            SeriesDescription = Text(dataset, DicomTags.SeriesDescription, 64),
            SeriesNumber = dataset.GetInt32(DicomTags.SeriesNumber),
            InstanceNumber = dataset.GetInt32(DicomTags.InstanceNumber),
            Rows = dataset.GetUInt16(DicomTags.Rows),
            Columns = dataset.GetUInt16(DicomTags.Columns),
            NumberOfFrames = dataset.GetInt32(DicomTags.NumberOfFrames) is > 0 and var frames ? frames : 1,
            PatientAge = Text(dataset, DicomTags.PatientAge, 4),
            PatientSex = PatientSexOf(dataset),
        };
    }

    // Only the three defined terms are kept; anything else is treated as unknown.
    private static string? PatientSexOf(DicomDataset dataset)
    {
        var sex = Text(dataset, DicomTags.PatientSex, 16)?.ToUpperInvariant();
        return sex is "M" or "F" or "O" ? sex : null;
    }

    private static string RequiredUid(DicomDataset dataset, DicomTag tag, string name)
    {
        var uid = Text(dataset, tag, 64);
        return string.IsNullOrEmpty(uid)
            ? throw new InvalidDataException($"The data set has no {name} {tag}; it cannot be stored.")
            : uid;
    }

    // Trims padding (spaces and the NUL that pads UIs) and cuts to the column length.
    private static string? Text(DicomDataset dataset, DicomTag tag, int maxLength)
    {
        var value = dataset.GetString(tag)?.Trim(' ', '\0');
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.Length > maxLength ? value[..maxLength] : value;
    }
}
