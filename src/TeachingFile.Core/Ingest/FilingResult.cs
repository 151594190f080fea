namespace TeachingFile.Core.Ingest;

/// <summary>Where an instance was filed.</summary>
/// <param name="CaseId">The case holding the instance's study.</param>
/// <param name="CreatedDraft">True when this instance started a new draft.</param>
/// <param name="HasOwner">False when the case sits in the unassigned inbox.</param>
public sealed record FilingResult(int CaseId, bool CreatedDraft, bool HasOwner);
