using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Imaging;

namespace TeachingFile.Core.Tests.Imaging;

public sealed class ThumbnailCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tf-thumbs-" + Guid.NewGuid().ToString("N"));
    private readonly ThumbnailCache _cache;

    public ThumbnailCacheTests()
    {
        _cache = new ThumbnailCache(
            Options.Create(new ThumbnailOptions { Directory = _directory, MaxSize = 64 }),
            NullLogger<ThumbnailCache>.Instance);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Cache_writes_png_named_by_uid()
    {
        var path = await _cache.GetOrCreateAsync("1.2.3.4", TestFiles.Path("CT_small.dcm"), CancellationToken.None);

        Assert.Equal(Path.Combine(_directory, "1.2.3.4.png"), path);
        Assert.Equal(64, PngReader.Decode(await File.ReadAllBytesAsync(path!)).Width);
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task Cache_reuses_existing_file()
    {
        var first = await _cache.GetOrCreateAsync("1.2.3.4", TestFiles.Path("CT_small.dcm"), CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(first!);

        var second = await _cache.GetOrCreateAsync("1.2.3.4", "/nonexistent/file.dcm", CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second!));
    }

    [Fact]
    public async Task Compressed_instance_returns_null()
    {
        var path = await _cache.GetOrCreateAsync("1.2.3.5", TestFiles.Path("MR_small_RLE.dcm"), CancellationToken.None);

        Assert.Null(path);
        Assert.False(File.Exists(Path.Combine(_directory, "1.2.3.5.png")));
    }

    [Fact]
    public async Task Unreadable_file_returns_null()
    {
        var notDicom = Path.Combine(Path.GetTempPath(), $"tf-not-dicom-{Guid.NewGuid():N}.dcm");
        await File.WriteAllTextAsync(notDicom, "not a DICOM file");
        try
        {
            var path = await _cache.GetOrCreateAsync("1.2.3.6", notDicom, CancellationToken.None);

            Assert.Null(path);
        }
        finally
        {
            File.Delete(notDicom);
        }
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("1.2.3/4")]
    [InlineData("")]
    public async Task Invalid_uid_is_rejected(string uid)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => _cache.GetOrCreateAsync(uid, TestFiles.Path("CT_small.dcm"), CancellationToken.None));
    }
}
