using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Data;

namespace TeachingFile.Core.Configuration;

// NOTE: placeholder for the web branch until the core-ingest branch's registration lands on main.
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddTeachingFileCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, env) =>
                options.Root = Path.GetFullPath(options.Root, env.ContentRootPath));
        services.AddDbContext<TeachingFileDbContext>((provider, options) =>
        {
            var root = provider.GetRequiredService<IOptions<StorageOptions>>().Value.Root;
            options.UseSqlite("Data Source=" + Path.Combine(root, "teachingfile.db"));
        });
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<PlaceholderDatabaseCreator>();
        return services;
    }
}
