using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Search;

namespace TeachingFile.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LuceneCaseIndex"/> as the singleton <see cref="ICaseIndex"/>, with
    /// <see cref="SearchOptions"/> bound from the "Search" section. An empty Search:IndexPath becomes
    /// {Storage:Root}/index (<see cref="StorageOptions.IndexDirectory"/>). Also registers
    /// <see cref="CaseIndexRebuilder"/>, which fills an empty index from the database on start; call
    /// this after AddTeachingFileCore so the database is initialized first.
    /// </summary>
    public static IServiceCollection AddTeachingFileSearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.SectionName))
            .PostConfigure<IOptions<StorageOptions>>((options, storage) =>
            {
                if (string.IsNullOrWhiteSpace(options.IndexPath))
                {
                    options.IndexPath = storage.Value.IndexDirectory;
                }
            })
            .Validate(
                options => options.SynonymsPath is null || File.Exists(options.SynonymsPath),
                "Search:SynonymsPath names a file that does not exist: remove the setting to use the built-in synonyms.")
            .ValidateOnStart();
        services.TryAddSingleton<LuceneCaseIndex>();
        services.TryAddSingleton<ICaseIndex>(provider => provider.GetRequiredService<LuceneCaseIndex>());
        services.TryAddSingleton<CaseIndexRebuilder>();
        services.AddHostedService(provider => provider.GetRequiredService<CaseIndexRebuilder>());
        return services;
    }
}
