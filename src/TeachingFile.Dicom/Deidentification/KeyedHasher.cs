using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// HMAC-SHA256 under the site key over a one-byte purpose label and the UTF-8 text, so the UID, patient
/// key and date shift derivations never collide. Not thread-safe: it reuses one HMAC instance.
/// </summary>
internal sealed class KeyedHasher : IDisposable
{
    /// <summary>Length of a hash in bytes.</summary>
    public const int HashLength = 32;

    private const int StackLimit = 256;

    private readonly HMACSHA256 _hmac;

    public KeyedHasher(byte[] siteKey)
    {
        _hmac = new HMACSHA256(siteKey);
    }

    /// <summary>Writes HMAC(site key, label || UTF-8(text)) into <paramref name="destination"/> (32 bytes).</summary>
    public void Hash(byte label, string text, Span<byte> destination)
    {
        var maxLength = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        byte[]? rented = null;
        var buffer = maxLength <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
        try
        {
            buffer[0] = label;
            var length = Encoding.UTF8.GetBytes(text, buffer[1..]) + 1;
            if (!_hmac.TryComputeHash(buffer[..length], destination, out _))
            {
                throw new ArgumentException("The destination is shorter than 32 bytes.", nameof(destination));
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public void Dispose() => _hmac.Dispose();
}
