namespace TeachingFile.Core.Cases;

/// <summary>A de-identified study: every UID is a pseudonym and every date is shifted.</summary>
public sealed class Study
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public TeachingCase? Case { get; set; }

    public string StudyInstanceUid { get; set; } = string.Empty;

    /// <summary>Shifted study date as DICOM DA (yyyyMMdd), or null when absent.</summary>
    public string? StudyDate { get; set; }

    /// <summary>Study Description after the Clean Descriptors option.</summary>
    public string? StudyDescription { get; set; }

    /// <summary>Patient's Age (0010,1010) as DICOM AS (e.g. 045Y), kept when patient characteristics are retained.</summary>
    public string? PatientAge { get; set; }

    /// <summary>Patient's Sex (0010,0040): M, F or O, kept when patient characteristics are retained.</summary>
    public string? PatientSex { get; set; }

    /// <summary>Calling AE title of the node that sent this study's first instance.</summary>
    public string? SourceAeTitle { get; set; }

    public List<Series> Series { get; set; } = [];
}
