namespace TeachingFile.Core.Cases;

public sealed class Series
{
    public int Id { get; set; }

    public int StudyId { get; set; }

    public Study? Study { get; set; }

    public string SeriesInstanceUid { get; set; } = string.Empty;

    public string Modality { get; set; } = string.Empty;

    /// <summary>Body Part Examined (0018,0015) as sent, upper-cased; often empty or site-specific.</summary>
    public string? BodyPartExamined { get; set; }

    /// <summary>Code value of the first Anatomic Region Sequence (0008,2218) item, e.g. SNOMED "51185008".</summary>
    public string? AnatomicRegionCode { get; set; }

    /// <summary>Code meaning of the first Anatomic Region Sequence (0008,2218) item, e.g. "Chest".</summary>
    public string? AnatomicRegionMeaning { get; set; }

    /// <summary>Series Description after the Clean Descriptors option.</summary>
    public string? SeriesDescription { get; set; }

    public int? SeriesNumber { get; set; }

    public List<Instance> Instances { get; set; } = [];
}
