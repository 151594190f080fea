namespace TeachingFile.Core.Nodes;

/// <summary>A registered sender as the ingest path needs it.</summary>
/// <param name="AeTitle">Calling AE title.</param>
/// <param name="OwnerEmail">E-mail of the faculty member who receives its drafts, or null for the unassigned inbox.</param>
public sealed record DicomNodeEntry(string AeTitle, string? OwnerEmail);
