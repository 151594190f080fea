namespace TeachingFile.Core.Configuration;

/// <summary>The data root and the folders derived from it (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Data root holding the SQLite database, dicom/, index/, tmp/ and site-secret.key. Default
    /// "./data"; a relative path is resolved against the application's content root.
    /// </summary>
    public string Root { get; set; } = "./data";

    /// <summary>De-identified Part 10 files, addressed as &lt;study&gt;/&lt;series&gt;/&lt;sop&gt;.dcm.</summary>
    public string DicomDirectory => Path.Combine(Root, "dicom");

    /// <summary>The Lucene index.</summary>
    public string IndexDirectory => Path.Combine(Root, "index");

    /// <summary>Spool and temporary files; emptied on start.</summary>
    public string TempDirectory => Path.Combine(Root, "tmp");

    public string SiteSecretPath => Path.Combine(Root, "site-secret.key");

    /// <summary>Creates the root and its derived folders when they are missing.</summary>
    public void CreateDirectories()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(DicomDirectory);
        Directory.CreateDirectory(IndexDirectory);
        Directory.CreateDirectory(TempDirectory);
    }
}
