using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;

namespace TeachingFile.Core.Data;

// NOTE: placeholder for the web branch until the core-ingest DatabaseInitializer lands on main.
internal sealed class PlaceholderDatabaseCreator(IServiceScopeFactory scopes, IOptions<StorageOptions> storage)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        storage.Value.CreateDirectories();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TeachingFileDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
