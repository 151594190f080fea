namespace TeachingFile.Dicom.Network;

/// <summary>
/// The Storage SOP classes the server accepts for C-STORE: every one in <see
/// cref="DicomUids.StorageSopClasses"/>.
/// </summary>
internal static class StorageSopClassSet
{
    public static readonly IReadOnlySet<string> Value =
        new HashSet<string>(DicomUids.StorageSopClasses, StringComparer.Ordinal);
}
