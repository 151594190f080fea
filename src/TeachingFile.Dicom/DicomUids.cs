namespace TeachingFile.Dicom;

/// <summary>
/// SOP Class UIDs with names. The constants are generated into DicomUidsGenerated.cs by
/// tools/generate_dicom_dictionary.py from the standard's list of SOP classes.
/// </summary>
public static partial class DicomUids
{
    private static readonly HashSet<string> StorageSet;

    // A static constructor runs after the field initializers of every partial file, generated ones included.
    static DicomUids()
    {
        StorageSet = new HashSet<string>(GeneratedStorageSopClasses, StringComparer.Ordinal);
        StorageSopClasses = GeneratedStorageSopClasses.AsReadOnly();
    }

    /// <summary>
    /// Every storage SOP class (name with "Storage", or under 1.2.840.10008.5.1.4.1.1; not the DICOMDIR's
    /// Media Storage Directory Storage).
    /// </summary>
    public static IReadOnlyCollection<string> StorageSopClasses { get; }

    /// <summary>Returns the name of a known UID, or null.</summary>
    public static string? GetName(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return GeneratedNames.GetValueOrDefault(uid.TrimEnd('\0', ' '));
    }

    /// <summary>True when <paramref name="uid"/> is a known storage SOP class.</summary>
    public static bool IsStorageSopClass(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return StorageSet.Contains(uid.TrimEnd('\0', ' '));
    }
}
