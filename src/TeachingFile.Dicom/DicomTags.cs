namespace TeachingFile.Dicom;

/// <summary>
/// Tags by PS3.6 keyword. The fields are generated into DicomTagsGenerated.cs by
/// tools/generate_dicom_dictionary.py.
/// </summary>
public static partial class DicomTags
{
}
