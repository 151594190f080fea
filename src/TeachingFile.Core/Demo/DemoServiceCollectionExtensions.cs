using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeachingFile.Core.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DemoContentSeeder"/> as a scoped service. It needs the services of
    /// AddTeachingFileCore, a <see cref="Authoring.CaseAuthoringService"/> and an index.
    /// </summary>
    public static IServiceCollection AddTeachingFileDemoContent(this IServiceCollection services)
    {
        services.TryAddScoped<DemoContentSeeder>();
        return services;
    }
}
