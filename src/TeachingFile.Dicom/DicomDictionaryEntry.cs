namespace TeachingFile.Dicom;

/// <summary>One attribute of the PS3.6 data dictionary (or of the PS3.7 command group).</summary>
/// <param name="Tag">The tag; for repeating groups the first one (xx = 00).</param>
/// <param name="Keyword">The PS3.6 keyword, e.g. "PatientName"; empty for a few retired attributes.</param>
/// <param name="Name">The PS3.6 name, e.g. "Patient's Name".</param>
/// <param name="ValueRepresentations">The allowed VRs (two or three for "US or SS" and similar); empty for items.</param>
/// <param name="ValueMultiplicity">The value multiplicity, e.g. "1", "1-n", "2-2n".</param>
/// <param name="IsRetired">True when the attribute is retired.</param>
public sealed record DicomDictionaryEntry(
    DicomTag Tag,
    string Keyword,
    string Name,
    IReadOnlyList<DicomVR> ValueRepresentations,
    string ValueMultiplicity,
    bool IsRetired);
