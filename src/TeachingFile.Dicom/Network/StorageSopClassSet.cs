namespace TeachingFile.Dicom.Network;

/// <summary>The Storage SOP classes the server accepts for C-STORE, as a set for fast lookup.</summary>
internal static class StorageSopClassSet
{
    // TODO: fill from DicomUids.StorageSopClasses; until then no Storage context is accepted.
    public static readonly IReadOnlySet<string> Value = new HashSet<string>(StringComparer.Ordinal);
}
