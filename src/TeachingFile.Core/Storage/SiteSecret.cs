using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Configuration;

namespace TeachingFile.Core.Storage;

/// <summary>
/// The 32-byte site key from which UID pseudonyms, patient keys and date shifts are derived. It is
/// created on first use in {Storage:Root}/site-secret.key (mode 0600 on Unix) and read thereafter.
/// Losing the file means re-sent studies no longer map to the same pseudonyms.
/// </summary>
public sealed class SiteSecret(IOptions<StorageOptions> storage) : IDisposable
{
    public const int KeyLength = 32;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    /// <summary>Returns a copy of the key, loading or creating the file on the first call.</summary>
    public async Task<byte[]> GetKeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _key) is { } loaded)
        {
            return (byte[])loaded.Clone();
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _key ??= await LoadOrCreateAsync(storage.Value.SiteSecretPath, cancellationToken).ConfigureAwait(false);
            return (byte[])_key.Clone();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public override string ToString() => "SiteSecret (value not shown)";

    internal static async Task<byte[]> LoadOrCreateAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await TryCreateAsync(path, cancellationToken).ConfigureAwait(false);
        }

        var key = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (key.Length != KeyLength)
        {
            throw new InvalidDataException(
                $"Site secret file '{path}' holds {key.Length} bytes, expected {KeyLength}. Restore it from " +
                "backup; deleting it creates a new key and re-sent studies will no longer match earlier cases.");
        }

        return key;
    }

    // Writes the key to a private temp file, fsyncs it and links it into place without overwriting,
    // so two processes starting at once agree on one key and no reader sees a partial file.
    private static async Task TryCreateAsync(string path, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var tempPath = Path.Combine(directory, $".site-secret.{Guid.NewGuid():N}.tmp");
        var key = RandomNumberGenerator.GetBytes(KeyLength);
        try
        {
            await WritePrivateFileAsync(tempPath, key, cancellationToken).ConfigureAwait(false);
            // When another process created the key first, its file stays and this one is discarded.
            if (NativeFileSystem.TryLinkNoReplace(tempPath, path))
            {
                NativeFileSystem.FlushDirectory(directory);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            File.Delete(tempPath);
        }
    }

    private static async Task WritePrivateFileAsync(string path, byte[] key, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(key, cancellationToken).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
    }
}
