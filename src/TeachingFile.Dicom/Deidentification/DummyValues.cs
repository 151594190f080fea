namespace TeachingFile.Dicom.Deidentification;

/// <summary>Dummy values (action D) consistent with each VR.</summary>
internal static class DummyValues
{
    /// <summary>The dummy text for names, descriptions, codes and AE titles (10 characters, valid in every
    /// text VR).</summary>
    public const string Text = "ANONYMIZED";

    /// <summary>The dummy date, used only when dates are not retained.</summary>
    public const string Date = "19000101";

    private static readonly byte[] EightZeroBytes = new byte[8];

    /// <summary>Returns the dummy text for a text VR, or null for a binary VR (see <see cref="BinaryFor"/>).</summary>
    public static string? TextFor(DicomVR vr) => vr.Code switch
    {
        "DA" => Date,
        "TM" => "000000",
        "DT" => Date + "000000",
        "AS" => "000Y",
        "DS" or "IS" => "0",
        "UR" => "urn:uuid:00000000-0000-0000-0000-000000000000",
        "AE" or "CS" or "LO" or "LT" or "PN" or "SH" or "ST" or "UC" or "UT" => Text,
        _ => null,
    };

    /// <summary>Returns zero bytes of one value of a binary VR (8 bytes for OB, OW, OD, OF, OL, OV and UN,
    /// so the length suits each of them).</summary>
    public static byte[] BinaryFor(DicomVR vr) => vr.Code switch
    {
        "US" or "SS" => new byte[2],
        "UL" or "SL" or "FL" or "AT" => new byte[4],
        _ => (byte[])EightZeroBytes.Clone(),
    };
}
