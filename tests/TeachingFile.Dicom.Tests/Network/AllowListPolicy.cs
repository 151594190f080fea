using TeachingFile.Dicom.Network;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>Accepts only the calling AE titles it lists.</summary>
internal sealed class AllowListPolicy(params string[] callingAeTitles) : IDicomAssociationPolicy
{
    public ValueTask<AssociationRejection?> CheckAsync(
        string callingAeTitle, string calledAeTitle, CancellationToken cancellationToken) =>
        ValueTask.FromResult(callingAeTitles.Contains(callingAeTitle, StringComparer.Ordinal)
            ? null
            : AssociationRejection.CallingAeNotRecognized("Calling AE title '" + callingAeTitle + "' is not registered."));
}
