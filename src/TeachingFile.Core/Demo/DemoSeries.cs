namespace TeachingFile.Core.Demo;

/// <summary>Series-level values shared by the images of one generated series.</summary>
internal sealed record DemoSeries(string Modality, int Number, string Description, string BodyPart)
{
    public string SeriesInstanceUid { get; } = DemoUids.Create();

    public string FrameOfReferenceUid { get; } = DemoUids.Create();
}
