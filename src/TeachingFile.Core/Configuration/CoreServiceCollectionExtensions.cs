using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Data;
using TeachingFile.Core.Ingest;
using TeachingFile.Core.Nodes;
using TeachingFile.Core.Storage;
using TeachingFile.Core.Tagging;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Configuration;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers Core: options (Storage, Database, Deidentification, Dicom:Nodes, Content), the
    /// DbContext on the configured provider with its migrations assembly, the instance store, site
    /// secret, node policy, ingest handler, tagger, and a hosted service that initializes all of it.
    /// </summary>
    public static IServiceCollection AddTeachingFileCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCoreOptions(configuration);

        services.AddDbContext<TeachingFileDbContext>((provider, options) =>
            ConfigureDatabase(options, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InstanceStore>();
        services.AddSingleton<IngestMarkers>();
        services.AddSingleton<SiteSecret>();
        services.AddSingleton<DicomNodeDirectory>();
        services.AddSingleton<NodeAssociationPolicy>();
        services.AddSingleton<IDicomAssociationPolicy>(sp => sp.GetRequiredService<NodeAssociationPolicy>());
        services.AddScoped<DicomNodeService>();
        services.AddSingleton<CurriculumProvider>();
        services.AddScoped<CaseTagger>();
        services.AddSingleton<DeidentifierFactory>();
        services.AddSingleton<CaseFilingQueue>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<IDicomStoreHandler>(sp => sp.GetRequiredService<IngestService>());
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<CoreStartupService>();
        return services;
    }

    /// <summary>Applies the provider and migrations assembly chosen by <see cref="DatabaseOptions"/>.</summary>
    public static void ConfigureDatabase(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var connectionString = database.ConnectionString
            ?? throw new InvalidOperationException("No database connection string: set ConnectionStrings:TeachingFile.");
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(database.MigrationsAssembly));
        }
        else
        {
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(database.MigrationsAssembly));
        }
    }

    private static void AddCoreOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Root), "Storage:Root must not be empty.")
            .PostConfigure<IServiceProvider>((options, provider) => options.Root = ResolvePath(provider, options.Root))
            .ValidateOnStart();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Root), "Content:Root must not be empty.")
            .PostConfigure(options => options.Root = Path.GetFullPath(options.Root, AppContext.BaseDirectory))
            .ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .PostConfigure<IOptions<StorageOptions>>((options, storage) =>
                options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
                    ?? (options.Provider == DatabaseProvider.Sqlite
                        ? DatabaseOptions.DefaultSqliteConnectionString(storage.Value.Root)
                        : null))
            .Validate(options => !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Database:Provider is SqlServer but ConnectionStrings:TeachingFile is not set.")
            .ValidateOnStart();
        services.AddOptions<DeidentificationSettings>().BindConfiguration(DeidentificationSettings.SectionName);
        services.AddOptions<DicomNodesOptions>().BindConfiguration(DicomNodesOptions.SectionName)
            .Validate(options => options.Nodes.TrueForAll(n => n.AeTitle.Trim().Length is > 0 and <= 16),
                "Every Dicom:Nodes:N:AeTitle must be 1 to 16 characters.")
            .ValidateOnStart();
    }

    private static string ResolvePath(IServiceProvider provider, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return path;
        }

        var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(path, contentRoot);
    }
}
