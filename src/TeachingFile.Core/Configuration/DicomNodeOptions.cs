namespace TeachingFile.Core.Configuration;

/// <summary>One configured sender (Dicom:Nodes:N); synchronized into the DicomNodes table on start.</summary>
public sealed class DicomNodeOptions
{
    /// <summary>Calling AE title of the workstation or PACS (1 to 16 characters).</summary>
    public string AeTitle { get; set; } = string.Empty;

    /// <summary>E-mail of the faculty member whose drafts receive this node's studies; empty for the unassigned inbox.</summary>
    public string? Owner { get; set; }

    public string? Description { get; set; }
}
