namespace TeachingFile.Dicom;

/// <summary>The identity TeachingFile writes into file meta information and association negotiation.</summary>
public static class DicomImplementation
{
    /// <summary>
    /// Implementation Class UID (0002,0012): a 2.25 UID (PS3.5 B.2) derived from a random UUID made once
    /// for TeachingFile's DICOM library.
    /// </summary>
    public const string ClassUid = "2.25.97492009054923916656679903008850375292";

    /// <summary>Implementation Version Name (0002,0013), at most 16 characters.</summary>
    public const string VersionName = "TEACHFILE_010";
}
