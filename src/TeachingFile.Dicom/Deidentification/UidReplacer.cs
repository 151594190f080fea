using System.Buffers.Binary;
using System.Globalization;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// Maps an original UID to "2.25." and the decimal of a 128-bit value taken from HMAC-SHA256 under the
/// site key, so a re-sent instance gets the same UIDs. The UUID version 8 and variant bits are set, as
/// ISO/IEC 9834-8 and RFC 9562 define them. Caches recent mappings and is not thread-safe.
/// </summary>
internal sealed class UidReplacer
{
    /// <summary>Root of the UIDs the DICOM standard defines (SOP classes, transfer syntaxes, coding
    /// schemes); they are never replaced.</summary>
    public const string StandardRoot = "1.2.840.10008.";

    private const byte Label = (byte)'U';
    private const int CacheLimit = 16384;

    private readonly KeyedHasher _hasher;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    public UidReplacer(KeyedHasher hasher)
    {
        _hasher = hasher;
    }

    /// <summary>True for a UID defined by the standard, which identifies a class, not an instance.</summary>
    public static bool IsWellKnown(string uid) => uid.StartsWith(StandardRoot, StringComparison.Ordinal);

    /// <summary>Returns the replacement of <paramref name="uid"/>; a well-known or empty UID is returned
    /// unchanged.</summary>
    public string Replace(string uid)
    {
        if (uid.Length == 0 || IsWellKnown(uid))
        {
            return uid;
        }

        if (_cache.TryGetValue(uid, out var replacement))
        {
            return replacement;
        }

        replacement = Derive(uid);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[uid] = replacement;
        return replacement;
    }

    private string Derive(string uid)
    {
        Span<byte> hash = stackalloc byte[KeyedHasher.HashLength];
        _hasher.Hash(Label, uid, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // UUID version 8 (custom).
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant.
        var value = BinaryPrimitives.ReadUInt128BigEndian(hash[..16]);
        return "2.25." + value.ToString(CultureInfo.InvariantCulture);
    }
}
