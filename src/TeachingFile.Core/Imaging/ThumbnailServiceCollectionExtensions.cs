using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;

namespace TeachingFile.Core.Imaging;

public static class ThumbnailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ThumbnailCache"/> as a singleton with <see cref="ThumbnailOptions"/> bound
    /// from "Thumbnails"; an empty Thumbnails:Directory becomes {Storage:Root}/thumbnails.
    /// </summary>
    public static IServiceCollection AddTeachingFileThumbnails(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ThumbnailOptions>()
            .Bind(configuration.GetSection(ThumbnailOptions.SectionName))
            .PostConfigure<IOptions<StorageOptions>>((options, storage) =>
            {
                if (string.IsNullOrWhiteSpace(options.Directory))
                {
                    options.Directory = Path.Combine(storage.Value.Root, "thumbnails");
                }
            })
            .Validate(options => options.MaxSize is >= 16 and <= 2048, "Thumbnails:MaxSize must be between 16 and 2048 pixels.")
            .ValidateOnStart();
        services.TryAddSingleton<ThumbnailCache>();
        return services;
    }
}
