namespace TeachingFile.Core.Configuration;

/// <summary>The senders listed under Dicom:Nodes (configuration section "Dicom").</summary>
public sealed class DicomNodesOptions
{
    public const string SectionName = "Dicom";

    /// <summary>Nodes from configuration; empty by default (nodes may also be added on the Nodes page).</summary>
    public List<DicomNodeOptions> Nodes { get; set; } = [];
}
