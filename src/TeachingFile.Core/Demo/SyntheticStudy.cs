using TeachingFile.Dicom;

namespace TeachingFile.Core.Demo;

/// <summary>The instances of one generated study, ready to be written or stored.</summary>
/// <param name="Key">Name of the study, which is also the name of its Markdown file under content/demo.</param>
/// <param name="Instances">Complete data sets (no file meta information).</param>
public sealed record SyntheticStudy(string Key, IReadOnlyList<DicomDataset> Instances);
