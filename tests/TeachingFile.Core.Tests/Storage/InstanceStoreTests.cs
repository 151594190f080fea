using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Storage;
using TeachingFile.Core.Tests.Infrastructure;

namespace TeachingFile.Core.Tests.Storage;

public sealed class InstanceStoreTests
{
    private const string StudyUid = "2.25.1";
    private const string SeriesUid = "2.25.2";
    private const string SopUid = "2.25.3";

    [Fact]
    public async Task Durable_write_places_file_by_uids()
    {
        await using var host = await CoreTestHost.StartAsync();
        var store = host.Services.GetRequiredService<InstanceStore>();
        var relative = InstanceStore.GetRelativePath(StudyUid, SeriesUid, SopUid);

        var stored = await store.WriteDurablyAsync(relative, WriteBytesAsync([1, 2, 3]), CancellationToken.None);

        Assert.Equal("2.25.1/2.25.2/2.25.3.dcm", stored.RelativePath);
        Assert.Equal(3, stored.Length);
        Assert.False(stored.ReplacedExisting);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(host.Root, "dicom", "2.25.1", "2.25.2", "2.25.3.dcm")));
        Assert.Empty(Directory.GetFiles(Path.Combine(host.Root, "tmp")));
    }

    [Fact]
    public async Task Durable_write_replaces_an_earlier_version()
    {
        await using var host = await CoreTestHost.StartAsync();
        var store = host.Services.GetRequiredService<InstanceStore>();
        var relative = InstanceStore.GetRelativePath(StudyUid, SeriesUid, SopUid);
        await store.WriteDurablyAsync(relative, WriteBytesAsync([1, 2, 3]), CancellationToken.None);

        var stored = await store.WriteDurablyAsync(relative, WriteBytesAsync([9]), CancellationToken.None);

        Assert.True(stored.ReplacedExisting);
        Assert.Equal([9], await File.ReadAllBytesAsync(store.GetFullPath(relative)));
    }

    [Fact]
    public async Task Failed_write_removes_temp_and_keeps_old_file()
    {
        await using var host = await CoreTestHost.StartAsync();
        var store = host.Services.GetRequiredService<InstanceStore>();
        var relative = InstanceStore.GetRelativePath(StudyUid, SeriesUid, SopUid);
        await store.WriteDurablyAsync(relative, WriteBytesAsync([1, 2, 3]), CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => store.WriteDurablyAsync(relative, async (stream, token) =>
        {
            await stream.WriteAsync(new byte[] { 7, 7 }, token);
            throw new IOException("disk full (simulated)");
        }, CancellationToken.None));

        Assert.Empty(Directory.GetFiles(Path.Combine(host.Root, "tmp")));
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(store.GetFullPath(relative)));
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("1.2.abc")]
    [InlineData("")]
    public void Paths_accept_only_uids(string uid)
    {
        Assert.Throws<ArgumentException>(() => InstanceStore.GetRelativePath(uid, SeriesUid, SopUid));
    }

    private static Func<Stream, CancellationToken, Task> WriteBytesAsync(byte[] bytes) =>
        async (stream, token) => await stream.WriteAsync(bytes, token);
}
