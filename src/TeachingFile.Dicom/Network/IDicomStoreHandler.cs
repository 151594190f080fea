namespace TeachingFile.Dicom.Network;

/// <summary>Stores what a C-STORE SCP receives; the returned status goes to the peer.</summary>
public interface IDicomStoreHandler
{
    /// <summary>
    /// Stores one instance durably and returns Success only then; any failure returns an error
    /// status (the SCP never sends Success after an exception).
    /// </summary>
    Task<DicomStatus> StoreAsync(DicomStoreRequest request, CancellationToken cancellationToken);

    /// <summary>Called once after an association ends, released or aborted, for follow-up work.</summary>
    Task OnAssociationClosedAsync(DicomAssociationInfo association, CancellationToken cancellationToken);
}
