namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// SCP/SCU role selection sub-item (PS3.7 Annex D.3.3.4), with the roles of the association
/// requestor.
/// </summary>
internal sealed record RoleSelection(string SopClassUid, bool ScuRole, bool ScpRole);
