namespace TeachingFile.Core.Nodes;

/// <summary>
/// A workstation or PACS allowed to send studies. Instances from a node with an owner land in that
/// user's drafts; from a node without one, in the unassigned inbox.
/// </summary>
public sealed class DicomNode
{
    public int Id { get; set; }

    /// <summary>Calling AE title, compared exactly after trimming trailing spaces.</summary>
    public string AeTitle { get; set; } = string.Empty;

    /// <summary>E-mail of the owning user, or null for the unassigned inbox.</summary>
    public string? OwnerEmail { get; set; }

    public string? Description { get; set; }

    /// <summary>True when the row came from configuration (Dicom:Nodes) rather than the admin page.</summary>
    public bool FromConfiguration { get; set; }
}
