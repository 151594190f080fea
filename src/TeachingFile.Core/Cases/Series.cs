namespace TeachingFile.Core.Cases;

public sealed class Series
{
    public int Id { get; set; }

    public int StudyId { get; set; }

    public Study? Study { get; set; }

    public string SeriesInstanceUid { get; set; } = string.Empty;

    public string Modality { get; set; } = string.Empty;

    public string? BodyPartExamined { get; set; }

    public string? SeriesDescription { get; set; }

    public int? SeriesNumber { get; set; }

    public List<Instance> Instances { get; set; } = [];
}
