using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Nodes;

/// <summary>Accepts associations only from calling AE titles registered as nodes.</summary>
public sealed class NodeAssociationPolicy(DicomNodeDirectory nodes) : IDicomAssociationPolicy
{
    public async ValueTask<AssociationRejection?> CheckAsync(
        string callingAeTitle, string calledAeTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callingAeTitle);
        var node = await nodes.FindAsync(callingAeTitle, cancellationToken).ConfigureAwait(false);
        if (node is not null)
        {
            return null;
        }

        // An AE title names a device, not a patient, so it may appear in the message and the log.
        return AssociationRejection.CallingAeNotRecognized(
            $"Calling AE title '{callingAeTitle.TrimEnd(' ')}' is not a registered node; " +
            "add it under Dicom:Nodes or on the Nodes page");
    }

    /// <summary>Makes node changes apply to the next association request.</summary>
    public void InvalidateCache() => nodes.Invalidate();
}
