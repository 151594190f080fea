namespace TeachingFile.Dicom.Network;

/// <summary>
/// One received C-STORE: the command's UIDs and the data set, held in memory (<see cref="DataSetBytes"/>) or
/// spooled to a temporary file (<see cref="SpoolPath"/>). Either contains the data set only (no preamble, no
/// file meta group), encoded in <see cref="TransferSyntax"/>. Both are valid only until the handler returns:
/// the service then deletes the file and reuses the buffer.
/// </summary>
public sealed record DicomStoreRequest(
    DicomAssociationInfo Association,
    ushort MessageId,
    string AffectedSopClassUid,
    string AffectedSopInstanceUid,
    TransferSyntax TransferSyntax,
    string? SpoolPath,
    long DataSetLength)
{
    /// <summary>The data set bytes when <see cref="SpoolPath"/> is null.</summary>
    public ReadOnlyMemory<byte> DataSetBytes { get; init; }

    /// <summary>
    /// Parses the data set from memory or from the spool file. Values above
    /// <see cref="DicomReadOptions.LargeValueThreshold"/> stay in the buffer or the file, so the data set must not be
    /// used after the handler returns.
    /// </summary>
    /// <exception cref="DicomFormatException">The bytes are not a readable data set.</exception>
    public Task<DicomDataset> ReadDataSetAsync(DicomReadOptions? options, CancellationToken cancellationToken) =>
        SpoolPath is null
            ? DicomDatasetReader.ReadAsync(DataSetBytes, TransferSyntax, options, cancellationToken)
            : DicomDatasetReader.ReadAsync(SpoolPath, TransferSyntax, options, cancellationToken);
}
