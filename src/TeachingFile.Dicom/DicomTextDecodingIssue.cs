namespace TeachingFile.Dicom;

/// <summary>
/// A text element whose bytes did not match the declared character set and were decoded with a fallback.
/// Holds the tag and the declared terms but never the value, which may identify the patient.
/// </summary>
/// <param name="Tag">The element's tag (for an element inside a sequence item, the tag within the item).</param>
/// <param name="SpecificCharacterSet">
/// The Specific Character Set value in force, with each term that is not a defined term replaced by
/// "(undefined term)"; empty for the default repertoire.
/// </param>
/// <param name="Problem">What did not match, which also names the fallback used.</param>
public sealed record DicomTextDecodingIssue(DicomTag Tag, string SpecificCharacterSet, DicomTextDecodingProblem Problem);
