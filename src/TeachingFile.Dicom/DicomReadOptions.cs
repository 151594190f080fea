namespace TeachingFile.Dicom;

/// <summary>Options of <see cref="DicomFile.OpenAsync"/> and <see cref="DicomDatasetReader"/>.</summary>
public sealed class DicomReadOptions
{
    /// <summary>The default options.</summary>
    public static DicomReadOptions Default { get; } = new();

    /// <summary>
    /// Maximum number of warnings a read records, plus one final line that reports the rest as dropped.
    /// The cap bounds the memory that a data set of millions of malformed elements can take.
    /// </summary>
    public const int MaxWarnings = 200;

    /// <summary>
    /// Values longer than this many bytes stay in the file (<see cref="FileByteSource"/>) instead of being
    /// loaded. Default 64 KiB.
    /// </summary>
    public long LargeValueThreshold { get; init; } = 64 * 1024;

    /// <summary>
    /// Largest size, in bytes, that a Deflated Explicit VR Little Endian data set may inflate to; a larger one is
    /// rejected with a <see cref="DicomFormatException"/>. A few hundred kilobytes of deflated zeros inflate to a
    /// gigabyte, so this bounds the disk and memory that one small hostile data set can take. Default 1 GiB.
    /// </summary>
    public long MaxInflatedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Directory for the inflated copy of a Deflated Explicit VR Little Endian data set; null (default)
    /// uses <see cref="Path.GetTempPath"/>.
    /// </summary>
    public string? TempDirectory { get; init; }
}
