namespace TeachingFile.Dicom.Network;

/// <summary>Decides whether an A-ASSOCIATE-RQ from a peer is accepted, before contexts are negotiated.</summary>
public interface IDicomAssociationPolicy
{
    /// <summary>Returns null to accept, or the rejection with its PS3.8 reason.</summary>
    ValueTask<AssociationRejection?> CheckAsync(
        string callingAeTitle, string calledAeTitle, CancellationToken cancellationToken);
}
