namespace TeachingFile.Dicom.Network;

/// <summary>UIDs the network layer uses (PS3.6 Annex A).</summary>
internal static class DicomUidConstants
{
    /// <summary>DICOM Application Context Name, the only one defined (PS3.7 Annex A.2.1).</summary>
    public const string ApplicationContext = "1.2.840.10008.3.1.1.1";

    /// <summary>Verification SOP Class, used by C-ECHO.</summary>
    public const string Verification = "1.2.840.10008.1.1";
}
