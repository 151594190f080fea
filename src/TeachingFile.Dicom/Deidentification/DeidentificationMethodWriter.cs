namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Records the de-identification in the data set: Patient Identity Removed (0012,0062) YES,
/// De-identification Method (0012,0063), De-identification Method Code Sequence (0012,0064) and
/// Longitudinal Temporal Information Modified (0028,0303).
/// </summary>
internal static class DeidentificationMethodWriter
{
    private const string CodingScheme = "DCM";

    /// <summary>Writes the attributes for <paramref name="options"/>, replacing earlier values.</summary>
    public static void Write(DicomDataset dataset, AnnexEOptions options)
    {
        var codes = DeidentificationMethodCodes.For(options);
        AsciiValues.Write(dataset, DicomTags.PatientIdentityRemoved, DicomVR.CS, "YES");

        var meanings = new string[codes.Count];
        var items = new List<DicomDataset>(codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            meanings[i] = codes[i].Meaning;
            items.Add(CodeItem(codes[i].Value, codes[i].Meaning));
        }

        AsciiValues.Write(dataset, DicomTags.DeidentificationMethod, DicomVR.LO, string.Join('\\', meanings));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.DeidentificationMethodCodeSequence, items));
        AsciiValues.Write(
            dataset,
            DicomTags.LongitudinalTemporalInformationModified, DicomVR.CS, TemporalInformationState(options));
    }

    private static string TemporalInformationState(AnnexEOptions options)
    {
        if ((options & AnnexEOptions.RetainLongitudinalModifiedDates) != 0)
        {
            return "MODIFIED";
        }

        return (options & AnnexEOptions.RetainLongitudinalFullDates) != 0 ? "UNMODIFIED" : "REMOVED";
    }

    private static DicomDataset CodeItem(string value, string meaning)
    {
        var item = new DicomDataset();
        AsciiValues.Write(item, DicomTags.CodeValue, DicomVR.SH, value);
        AsciiValues.Write(item, DicomTags.CodingSchemeDesignator, DicomVR.SH, CodingScheme);
        AsciiValues.Write(item, DicomTags.CodeMeaning, DicomVR.LO, meaning);
        return item;
    }
}
