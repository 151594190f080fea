namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// User information item (PS3.8 Annex D.1 and PS3.7 Annex D.3.3). Extended negotiation and user
/// identity sub-items are skipped on receipt, so the A-ASSOCIATE-AC reports them as not supported.
/// <see cref="MaxPduLength"/> is the maximum variable-field length of a P-DATA-TF PDU that the
/// sender receives; 0 means unlimited.
/// </summary>
internal sealed record UserInformation(
    uint MaxPduLength,
    string? ImplementationClassUid,
    string? ImplementationVersionName,
    AsyncOperationsWindow? AsyncOperationsWindow,
    IReadOnlyList<RoleSelection> RoleSelections);
