namespace TeachingFile.Dicom.Deidentification;

/// <summary>How many attributes each action changed in one data set, nested items included.</summary>
public sealed class DeidentificationActionCounts
{
    /// <summary>Standard attributes removed (X), group 0002 and group length elements included.</summary>
    public int Removed { get; internal set; }

    /// <summary>Attributes replaced with a zero-length value or an empty sequence (Z).</summary>
    public int Zeroed { get; internal set; }

    /// <summary>Attributes replaced with a dummy value (D).</summary>
    public int Dummied { get; internal set; }

    /// <summary>Descriptions cleaned and sequences cleaned (C), date shifts excluded.</summary>
    public int Cleaned { get; internal set; }

    /// <summary>UID values replaced (U); one attribute with several values counts each value.</summary>
    public int UidsReplaced { get; internal set; }

    /// <summary>DA and DT attributes shifted by the patient's date shift.</summary>
    public int DatesShifted { get; internal set; }

    /// <summary>Private attributes removed, private creators included.</summary>
    public int PrivateRemoved { get; internal set; }

    /// <summary>Patient's Name and Patient ID values replaced by the patient pseudonym.</summary>
    public int Pseudonymized { get; internal set; }
}
