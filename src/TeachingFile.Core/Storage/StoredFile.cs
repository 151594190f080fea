namespace TeachingFile.Core.Storage;

/// <summary>A file committed to the instance store.</summary>
/// <param name="RelativePath">Path under dicom/, forward slashes.</param>
/// <param name="Length">File size in bytes.</param>
/// <param name="ReplacedExisting">True when an earlier file at the same path was replaced.</param>
public sealed record StoredFile(string RelativePath, long Length, bool ReplacedExisting);
