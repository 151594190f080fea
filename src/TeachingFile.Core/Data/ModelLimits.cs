namespace TeachingFile.Core.Data;

/// <summary>Column lengths, taken from the DICOM VR limits (PS3.5 Table 6.2-1) where a column holds a DICOM value.</summary>
public static class ModelLimits
{
    /// <summary>UI: 64 characters.</summary>
    public const int Uid = 64;

    /// <summary>AE: 16 characters.</summary>
    public const int AeTitle = 16;

    /// <summary>CS: 16 characters.</summary>
    public const int CodeString = 16;

    /// <summary>SH, the VR of Code Value (0008,0100): 16 characters.</summary>
    public const int CodeValue = 16;

    /// <summary>DA: 8 characters (yyyyMMdd).</summary>
    public const int DicomDate = 8;

    /// <summary>AS: 4 characters (nnnD, nnnW, nnnM or nnnY).</summary>
    public const int PatientAge = 4;

    /// <summary>Patient's Sex is CS, but only M, F or O are stored.</summary>
    public const int PatientSex = 1;

    /// <summary>LO: 64 characters (Study Description, Series Description, Code Meaning).</summary>
    public const int Description = 64;

    /// <summary>Hex HMAC pseudonym of the patient (SHA-256: 64 hex digits), with room for a prefix.</summary>
    public const int PatientKey = 128;

    /// <summary>Identity user ids are GUID strings; 450 matches the Identity default on SQL Server.</summary>
    public const int UserId = 450;

    /// <summary>Identity's e-mail column length.</summary>
    public const int Email = 256;

    public const int Title = 200;

    public const int TagValue = 100;

    /// <summary>dicom/ + three UIDs + separators and extension.</summary>
    public const int RelativePath = 220;
}
