namespace TeachingFile.Dicom.IO;

/// <summary>What <see cref="DicomFileReader"/> read; <paramref name="InflatedPath"/> is a temporary file or null.</summary>
internal sealed record DicomFileContent(
    DicomDataset Meta,
    DicomDataset Dataset,
    TransferSyntax Syntax,
    List<string> Warnings,
    string? InflatedPath);
