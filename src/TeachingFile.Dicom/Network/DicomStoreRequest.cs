namespace TeachingFile.Dicom.Network;

/// <summary>
/// One received C-STORE: the command's UIDs and the data set spooled to a temporary file. The
/// spool file holds the data set only (no preamble, no file meta group), encoded in
/// <see cref="TransferSyntax"/>. The handler must not keep the file: the service deletes it
/// after the handler returns.
/// </summary>
public sealed record DicomStoreRequest(
    DicomAssociationInfo Association,
    ushort MessageId,
    string AffectedSopClassUid,
    string AffectedSopInstanceUid,
    TransferSyntax TransferSyntax,
    string SpoolPath,
    long DataSetLength);
