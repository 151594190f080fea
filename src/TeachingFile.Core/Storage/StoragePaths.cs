namespace TeachingFile.Core.Storage;

internal static class StoragePaths
{
    /// <summary>Rejects anything but a DICOM UID (digits and dots, at most 64), so a UID can never escape the store.</summary>
    public static void EnsureUid(string uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > 64 || uid[0] == '.' || !uid.All(c => c == '.' || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException($"'{uid}' is not a valid DICOM UID (digits and dots, at most 64 characters).", nameof(uid));
        }
    }

    /// <summary>Creates the missing parent folders of a file below root; returns those it created, deepest last.</summary>
    public static List<string> CreateParentDirectories(string filePath, string root)
    {
        var missing = new List<string>();
        var directory = Path.GetDirectoryName(filePath);
        var fullRoot = Path.GetFullPath(root);
        while (directory is not null && !Directory.Exists(directory) &&
               !string.Equals(Path.GetFullPath(directory), fullRoot, StringComparison.Ordinal))
        {
            missing.Insert(0, directory);
            directory = Path.GetDirectoryName(directory);
        }

        foreach (var path in missing)
        {
            Directory.CreateDirectory(path);
        }

        return missing;
    }
}
