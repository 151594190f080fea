namespace TeachingFile.Dicom.Deidentification;

/// <summary>The action for one row of Table E.1-1 under a set of options.</summary>
/// <param name="Action">The action to take.</param>
/// <param name="Fallback">The Basic Profile action, taken when <paramref name="Action"/> is Clean but the
/// value cannot be cleaned (binary VRs).</param>
internal readonly record struct ResolvedRule(ElementAction Action, ElementAction Fallback);
