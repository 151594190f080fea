namespace TeachingFile.Core.Cases;

/// <summary>A stored de-identified Part 10 file.</summary>
public sealed class Instance
{
    public int Id { get; set; }

    public int SeriesId { get; set; }

    public Series? Series { get; set; }

    public string SopInstanceUid { get; set; } = string.Empty;

    public string SopClassUid { get; set; } = string.Empty;

    public string TransferSyntaxUid { get; set; } = string.Empty;

    public int? InstanceNumber { get; set; }

    public int? Rows { get; set; }

    public int? Columns { get; set; }

    public int NumberOfFrames { get; set; } = 1;

    /// <summary>Path of the Part 10 file relative to the instance store root (forward slashes).</summary>
    public string RelativePath { get; set; } = string.Empty;

    public long FileSize { get; set; }

    /// <summary>True when the instance may carry burned-in PHI in its pixels.</summary>
    public bool BurnedInAnnotationRisk { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
