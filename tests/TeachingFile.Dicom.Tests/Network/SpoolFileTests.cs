using System.Buffers;
using Microsoft.Extensions.Logging.Abstractions;
using TeachingFile.Dicom.Network.Dimse;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class SpoolFileTests : IDisposable
{
    private const int MemoryBytes = 4096;

    private readonly string _directory = Directory.CreateTempSubdirectory("tf-spool-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Small_data_set_stays_in_one_buffer()
    {
        var pool = new RecordingPool();
        var spool = Create(pool);

        for (var i = 0; i < 8; i++)
        {
            await spool.WriteAsync(Enumerable.Repeat((byte)0xAB, 500).ToArray(), CancellationToken.None);
        }

        Assert.Null(spool.Path);
        Assert.Equal(4000, spool.Memory.Length);
        Assert.All(spool.Memory.ToArray(), value => Assert.Equal(0xAB, value));
        await spool.DisposeAsync();
        var rented = Assert.Single(pool.Rented);
        Assert.Equal(MemoryBytes, rented);
        var returned = Assert.Single(pool.Returned);
        Assert.All(returned[..4000], value => Assert.Equal(0, value));
    }

    [Fact]
    public async Task Large_data_set_moves_to_file_intact()
    {
        var pool = new RecordingPool();
        var spool = Create(pool);
        var data = Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray();

        for (var offset = 0; offset < data.Length; offset += 1000)
        {
            await spool.WriteAsync(data.AsMemory(offset, 1000), CancellationToken.None);
        }

        await spool.CompleteAsync();
        Assert.NotNull(spool.Path);
        Assert.True(spool.Memory.IsEmpty);
        Assert.Equal(data, await File.ReadAllBytesAsync(spool.Path));
        Assert.All(Assert.Single(pool.Returned)[..4000], value => Assert.Equal(0, value));
        await spool.DisposeAsync();
        Assert.Empty(Directory.GetFiles(_directory));
    }

    private SpoolFile Create(ArrayPool<byte> pool) =>
        SpoolFile.Create(_directory, "test", 1, long.MaxValue, MemoryBytes, pool, 0, NullLogger.Instance);

    /// <summary>Records each rent and a copy of each returned buffer.</summary>
    private sealed class RecordingPool : ArrayPool<byte>
    {
        public List<int> Rented { get; } = [];

        public List<byte[]> Returned { get; } = [];

        public override byte[] Rent(int minimumLength)
        {
            Rented.Add(minimumLength);
            return Enumerable.Repeat((byte)0xFF, minimumLength).ToArray();
        }

        public override void Return(byte[] array, bool clearArray = false) => Returned.Add((byte[])array.Clone());
    }
}
