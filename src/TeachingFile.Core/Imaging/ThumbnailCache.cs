using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Imaging;

/// <summary>
/// Thumbnails of stored instances as {Directory}/&lt;SOP Instance UID&gt;.png, rendered on first request.
/// The files can be deleted at any time: they are rebuilt from the instance store.
/// </summary>
public sealed partial class ThumbnailCache
{
    private readonly ThumbnailOptions _options;
    private readonly ILogger<ThumbnailCache> _logger;

    public ThumbnailCache(IOptions<ThumbnailOptions> options, ILogger<ThumbnailCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(_options.Directory))
        {
            throw new ArgumentException("Thumbnails:Directory is empty: set it, or register the cache with its Storage:Root default.", nameof(options));
        }
    }

    /// <summary>
    /// Returns the path of the instance's thumbnail, rendering it from <paramref name="instancePath"/>
    /// when it is not cached, or null when the instance has no renderable pixel data (compressed,
    /// unsupported or invalid: see the log).
    /// </summary>
    public async Task<string?> GetOrCreateAsync(string sopInstanceUid, string instancePath, CancellationToken cancellationToken)
    {
        var path = PathOf(sopInstanceUid);
        if (File.Exists(path))
        {
            return path;
        }

        byte[]? png;
        try
        {
            png = await ThumbnailRenderer.RenderFileAsync(instancePath, _options.MaxSize, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DicomFormatException or InvalidDataException or IOException)
        {
            LogRenderFailed(_logger, ex, sopInstanceUid);
            return null;
        }

        if (png is null)
        {
            LogNoThumbnail(_logger, sopInstanceUid);
            return null;
        }

        // Written beside the target and renamed, so a reader never sees half a file.
        System.IO.Directory.CreateDirectory(_options.Directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, png, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Deletes the cached thumbnail of an instance, if any.</summary>
    public void Remove(string sopInstanceUid) => File.Delete(PathOf(sopInstanceUid));

    private string PathOf(string sopInstanceUid)
    {
        // A UID is digits and dots (PS3.5 9.1), which also keeps the name inside the folder.
        if (string.IsNullOrEmpty(sopInstanceUid) || sopInstanceUid.Length > 64
            || !sopInstanceUid.All(c => c is '.' or (>= '0' and <= '9')))
        {
            throw new ArgumentException($"'{sopInstanceUid}' is not a valid UID: expected up to 64 digits and dots.", nameof(sopInstanceUid));
        }

        return Path.Combine(_options.Directory, sopInstanceUid + ".png");
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Rendering the thumbnail of instance {SopInstanceUid} failed")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, string sopInstanceUid);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Instance {SopInstanceUid} has compressed or unsupported pixel data: no thumbnail")]
    private static partial void LogNoThumbnail(ILogger logger, string sopInstanceUid);
}
