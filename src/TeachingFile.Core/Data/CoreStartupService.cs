using Microsoft.Extensions.Hosting;

namespace TeachingFile.Core.Data;

/// <summary>Runs <see cref="DatabaseInitializer"/> when the host starts, before later hosted services such as the SCP.</summary>
public sealed class CoreStartupService(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
