namespace TeachingFile.Core.Imaging;

/// <summary>Settings of the thumbnail cache, bound from the "Thumbnails" configuration section.</summary>
public sealed class ThumbnailOptions
{
    public const string SectionName = "Thumbnails";

    /// <summary>Folder of the cached PNG files. Empty (the default) means {Storage:Root}/thumbnails.</summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>Maximum width and height of a thumbnail in pixels; default 256.</summary>
    public int MaxSize { get; set; } = 256;
}
