namespace TeachingFile.Web.Hosting;

/// <summary>Whether the web host runs the DICOM SCP (configuration section "Dicom").</summary>
public sealed class DicomHostOptions
{
    public const string SectionName = "Dicom";

    /// <summary>Runs the Storage SCP in this process (default true); tests of the web pages turn it off.</summary>
    public bool Enabled { get; set; } = true;
}
