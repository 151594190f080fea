using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Search;

namespace TeachingFile.Search.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void Registration_uses_storage_root_index()
    {
        var root = Path.Combine(Path.GetTempPath(), "tf-search-di-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Root"] = root })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTeachingFileSearch(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);

        try
        {
            using (var provider = services.BuildServiceProvider())
            {
                var first = provider.GetRequiredService<ICaseIndex>();
                var second = provider.GetRequiredService<ICaseIndex>();

                Assert.Same(first, second);
                Assert.IsType<LuceneCaseIndex>(first);
                Assert.Equal(Path.Combine(root, "index"), provider.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath);
            }

            Assert.True(Directory.Exists(Path.Combine(root, "index")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
