using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Data;

namespace TeachingFile.Core.Tests.Infrastructure;

/// <summary>
/// Core wired through AddTeachingFileCore on a fresh data root in a temp folder (real SQLite file,
/// real instance store), initialized as on start. Dispose deletes the folder.
/// </summary>
public sealed class CoreTestHost : IAsyncDisposable
{
    private CoreTestHost(string root, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Root = root;
        Services = services;
        Logs = logs;
    }

    public string Root { get; }

    public ServiceProvider Services { get; }

    public CapturingLoggerProvider Logs { get; }

    public static async Task<CoreTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, bool initialize = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "tf-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var values = new Dictionary<string, string?>
        {
            ["Storage:Root"] = root,
            ["Content:Root"] = Path.Combine(AppContext.BaseDirectory, "content"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddTeachingFileCore(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = new CoreTestHost(root, services, logs);
        if (initialize)
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        return host;
    }

    /// <summary>Runs an action with a DbContext from a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<TeachingFileDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow CI machine; the temp folder is cleaned by the OS.
        }
    }
}
