namespace TeachingFile.Dicom;

/// <summary>
/// A transfer syntax of PS3.5 Section 10 with its encoding rules. The well-known instances list the
/// transfer syntaxes of PS3.6 Table A-1; <see cref="Lookup"/> returns an encapsulated stand-in for an
/// unknown UID so that a file can still be read and stored bit for bit.
/// </summary>
public sealed class TransferSyntax : IEquatable<TransferSyntax>
{
    private static readonly Dictionary<string, TransferSyntax> KnownByUid = new(StringComparer.Ordinal);

    private TransferSyntax(
        string uid,
        string name,
        bool isExplicitVR = true,
        bool isBigEndian = false,
        bool isDeflated = false,
        bool isEncapsulated = true,
        bool isLossy = false,
        bool isRetired = false,
        bool register = true)
    {
        Uid = uid;
        Name = name;
        IsExplicitVR = isExplicitVR;
        IsBigEndian = isBigEndian;
        IsDeflated = isDeflated;
        IsEncapsulated = isEncapsulated;
        IsLossy = isLossy;
        IsRetired = isRetired;
        if (register)
        {
            KnownByUid.Add(uid, this);
        }
    }

    /// <summary>The transfer syntax UID.</summary>
    public string Uid { get; }

    /// <summary>The name from PS3.6 Table A-1.</summary>
    public string Name { get; }

    /// <summary>True when data elements carry their VR (everything but Implicit VR Little Endian).</summary>
    public bool IsExplicitVR { get; }

    /// <summary>True for Explicit VR Big Endian (retired).</summary>
    public bool IsBigEndian { get; }

    /// <summary>True when the data set after the file meta group is compressed with Deflate (RFC 1951).</summary>
    public bool IsDeflated { get; }

    /// <summary>True when Pixel Data is encapsulated in fragments (compressed or video syntaxes).</summary>
    public bool IsEncapsulated { get; }

    /// <summary>True when the pixel data compression may lose information.</summary>
    public bool IsLossy { get; }

    /// <summary>True when the transfer syntax is retired from the standard.</summary>
    public bool IsRetired { get; }

    /// <summary>True when this instance was made by <see cref="Lookup"/> for a UID the library does not know.</summary>
    public bool IsUnknown { get; private init; }

    /// <summary>Every transfer syntax known to the library.</summary>
    public static IReadOnlyCollection<TransferSyntax> All => KnownByUid.Values;

    public static readonly TransferSyntax ImplicitVRLittleEndian = new(
        "1.2.840.10008.1.2", "Implicit VR Little Endian", isExplicitVR: false, isEncapsulated: false);

    public static readonly TransferSyntax ExplicitVRLittleEndian = new(
        "1.2.840.10008.1.2.1", "Explicit VR Little Endian", isEncapsulated: false);

    public static readonly TransferSyntax EncapsulatedUncompressedExplicitVRLittleEndian = new(
        "1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian");

    public static readonly TransferSyntax DeflatedExplicitVRLittleEndian = new(
        "1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", isDeflated: true, isEncapsulated: false);

    public static readonly TransferSyntax ExplicitVRBigEndian = new(
        "1.2.840.10008.1.2.2", "Explicit VR Big Endian", isBigEndian: true, isEncapsulated: false, isRetired: true);

    public static readonly TransferSyntax JpegBaseline8Bit = new(
        "1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", isLossy: true);

    public static readonly TransferSyntax JpegExtended12Bit = new(
        "1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", isLossy: true);

    public static readonly TransferSyntax JpegLossless = new(
        "1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)");

    public static readonly TransferSyntax JpegLosslessSV1 = new(
        "1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])");

    public static readonly TransferSyntax JpegLSLossless = new(
        "1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression");

    public static readonly TransferSyntax JpegLSNearLossless = new(
        "1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", isLossy: true);

    public static readonly TransferSyntax Jpeg2000Lossless = new(
        "1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)");

    public static readonly TransferSyntax Jpeg2000 = new(
        "1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", isLossy: true);

    public static readonly TransferSyntax Jpeg2000Part2MultiComponentLossless = new(
        "1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)");

    public static readonly TransferSyntax Jpeg2000Part2MultiComponent = new(
        "1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression", isLossy: true);

    public static readonly TransferSyntax JpipReferenced = new(
        "1.2.840.10008.1.2.4.94", "JPIP Referenced");

    public static readonly TransferSyntax JpipReferencedDeflate = new(
        "1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate", isDeflated: true);

    public static readonly TransferSyntax Mpeg2MainProfile = new(
        "1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", isLossy: true);

    public static readonly TransferSyntax Mpeg2MainProfileFragmentable = new(
        "1.2.840.10008.1.2.4.100.1", "Fragmentable MPEG2 Main Profile / Main Level", isLossy: true);

    public static readonly TransferSyntax Mpeg2HighLevel = new(
        "1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level", isLossy: true);

    public static readonly TransferSyntax Mpeg2HighLevelFragmentable = new(
        "1.2.840.10008.1.2.4.101.1", "Fragmentable MPEG2 Main Profile / High Level", isLossy: true);

    public static readonly TransferSyntax Mpeg4HighProfile41 = new(
        "1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", isLossy: true);

    public static readonly TransferSyntax Mpeg4HighProfile41Fragmentable = new(
        "1.2.840.10008.1.2.4.102.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1", isLossy: true);

    public static readonly TransferSyntax Mpeg4BDCompatible = new(
        "1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", isLossy: true);

    public static readonly TransferSyntax Mpeg4BDCompatibleFragmentable = new(
        "1.2.840.10008.1.2.4.103.1", "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1",
        isLossy: true);

    public static readonly TransferSyntax Mpeg4HighProfile42For2DVideo = new(
        "1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", isLossy: true);

    public static readonly TransferSyntax Mpeg4HighProfile42For2DVideoFragmentable = new(
        "1.2.840.10008.1.2.4.104.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video",
        isLossy: true);

    public static readonly TransferSyntax Mpeg4HighProfile42For3DVideo = new(
        "1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", isLossy: true);

    public static readonly TransferSyntax Mpeg4HighProfile42For3DVideoFragmentable = new(
        "1.2.840.10008.1.2.4.105.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video",
        isLossy: true);

    public static readonly TransferSyntax Mpeg4StereoHighProfile42 = new(
        "1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", isLossy: true);

    public static readonly TransferSyntax Mpeg4StereoHighProfile42Fragmentable = new(
        "1.2.840.10008.1.2.4.106.1", "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2",
        isLossy: true);

    public static readonly TransferSyntax HevcMainProfile51 = new(
        "1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", isLossy: true);

    public static readonly TransferSyntax HevcMain10Profile51 = new(
        "1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1", isLossy: true);

    public static readonly TransferSyntax JpegXLLossless = new(
        "1.2.840.10008.1.2.4.110", "JPEG XL Lossless");

    public static readonly TransferSyntax JpegXLJpegRecompression = new(
        "1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression");

    public static readonly TransferSyntax JpegXL = new(
        "1.2.840.10008.1.2.4.112", "JPEG XL", isLossy: true);

    public static readonly TransferSyntax HighThroughputJpeg2000Lossless = new(
        "1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)");

    public static readonly TransferSyntax HighThroughputJpeg2000RpclLossless = new(
        "1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)");

    public static readonly TransferSyntax HighThroughputJpeg2000 = new(
        "1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", isLossy: true);

    public static readonly TransferSyntax RleLossless = new(
        "1.2.840.10008.1.2.5", "RLE Lossless");

    public static readonly TransferSyntax SmpteSt211020Uncompressed = new(
        "1.2.840.10008.1.2.7.1", "SMPTE ST 2110-20 Uncompressed Progressive Active Video");

    public static readonly TransferSyntax SmpteSt211020UncompressedInterlaced = new(
        "1.2.840.10008.1.2.7.2", "SMPTE ST 2110-20 Uncompressed Interlaced Active Video");

    public static readonly TransferSyntax SmpteSt211030Pcm = new(
        "1.2.840.10008.1.2.7.3", "SMPTE ST 2110-30 PCM Digital Audio");

    public static readonly TransferSyntax DeflatedImageFrameCompression = new(
        "1.2.840.10008.1.2.8.1", "Deflated Image Frame Compression");

    /// <summary>
    /// Returns the known transfer syntax for <paramref name="uid"/>, or an encapsulated, explicit VR
    /// little endian stand-in flagged <see cref="IsUnknown"/> (PS3.5 requires every new transfer
    /// syntax to use that encoding for the data set outside Pixel Data).
    /// </summary>
    public static TransferSyntax Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var trimmed = uid.TrimEnd('\0', ' ');
        return KnownByUid.TryGetValue(trimmed, out var known)
            ? known
            : new TransferSyntax(trimmed, "Unknown transfer syntax " + trimmed, register: false) { IsUnknown = true };
    }

    /// <summary>Returns the known transfer syntax for <paramref name="uid"/>, or null.</summary>
    public static TransferSyntax? Find(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return KnownByUid.GetValueOrDefault(uid.TrimEnd('\0', ' '));
    }

    public bool Equals(TransferSyntax? other) => other is not null && string.Equals(Uid, other.Uid, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as TransferSyntax);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Uid);

    public override string ToString() => Name;

    public static bool operator ==(TransferSyntax? left, TransferSyntax? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(TransferSyntax? left, TransferSyntax? right) => !(left == right);
}
