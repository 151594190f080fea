using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Storage;
using TeachingFile.Core.Tests.Infrastructure;

namespace TeachingFile.Core.Tests.Storage;

public sealed class SiteSecretTests
{
    [Fact]
    public async Task Site_secret_is_created_owner_only()
    {
        await using var host = await CoreTestHost.StartAsync();
        var path = Path.Combine(host.Root, "site-secret.key");

        var key = await host.Services.GetRequiredService<SiteSecret>().GetKeyAsync(CancellationToken.None);

        Assert.Equal(32, key.Length);
        Assert.Equal(key, await File.ReadAllBytesAsync(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Site_secret_is_reused_on_next_start()
    {
        var root = Path.Combine(Path.GetTempPath(), "tf-core-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(root, "site-secret.key");
        try
        {
            var first = await SiteSecret.LoadOrCreateAsync(path, CancellationToken.None);
            var second = await SiteSecret.LoadOrCreateAsync(path, CancellationToken.None);

            Assert.Equal(first, second);
            Assert.Single(Directory.GetFiles(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Truncated_site_secret_is_reported_not_replaced()
    {
        var root = Path.Combine(Path.GetTempPath(), "tf-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var path = Path.Combine(root, "site-secret.key");
        await File.WriteAllBytesAsync(path, new byte[5]);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(
                () => SiteSecret.LoadOrCreateAsync(path, CancellationToken.None));

            Assert.Contains("holds 5 bytes, expected 32", error.Message, StringComparison.Ordinal);
            Assert.Equal(5, new FileInfo(path).Length);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Concurrent_first_starts_agree_on_one_key()
    {
        var root = Path.Combine(Path.GetTempPath(), "tf-core-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(root, "site-secret.key");
        try
        {
            var keys = await Task.WhenAll(Enumerable.Range(0, 8)
                .Select(_ => Task.Run(() => SiteSecret.LoadOrCreateAsync(path, CancellationToken.None))));

            Assert.All(keys, key => Assert.Equal(keys[0], key));
            Assert.Single(Directory.GetFiles(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
