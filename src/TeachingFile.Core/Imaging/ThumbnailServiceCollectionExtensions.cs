using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeachingFile.Core.Imaging;

public static class ThumbnailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ThumbnailCache"/> as a singleton with <see cref="ThumbnailOptions"/> bound
    /// from "Thumbnails"; an empty Thumbnails:Directory becomes {Storage:Root}/thumbnails (Storage:Root
    /// defaults to ./data).
    /// </summary>
    public static IServiceCollection AddTeachingFileThumbnails(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ThumbnailOptions>()
            .BindConfiguration(ThumbnailOptions.SectionName)
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.Directory))
                {
                    options.Directory = Path.Combine(configuration["Storage:Root"] ?? "data", "thumbnails");
                }
            })
            .Validate(options => options.MaxSize is >= 16 and <= 2048, "Thumbnails:MaxSize must be between 16 and 2048 pixels.")
            .ValidateOnStart();
        services.TryAddSingleton<ThumbnailCache>();
        return services;
    }
}
