namespace TeachingFile.Dicom.Network;

/// <summary>
/// The transfer syntax this node accepts from the ones proposed in a presentation context. This is
/// the one place that defines the preference:
/// <list type="number">
/// <item>for storage, the peer's first acceptable proposal when it is a lossless encapsulated
/// syntax, so a file the peer has in RLE, JPEG-LS lossless or JPEG 2000 lossless arrives and is
/// stored as it was sent instead of being decompressed by the peer;</item>
/// <item>Explicit VR Little Endian;</item>
/// <item>Implicit VR Little Endian;</item>
/// <item>Deflated Explicit VR Little Endian;</item>
/// <item>Explicit VR Big Endian (retired, still sent by old modalities);</item>
/// <item>for storage, the first proposed lossless encapsulated syntax, else the first proposed
/// lossy one, so a context that proposes only compressed syntaxes is accepted with the one that
/// loses least and its pixel data arrives bit for bit.</item>
/// </list>
/// A lossy syntax never wins over a native one, because a peer that proposes both may hold the
/// uncompressed original and compress it only because the lossy syntax was accepted.
/// UIDs unknown to <see cref="TransferSyntax.Find"/> and the syntaxes in <see cref="IsRejected"/>
/// are never accepted.
/// </summary>
internal static class TransferSyntaxPreference
{
    private static readonly TransferSyntax[] NativeOrder =
    [
        TransferSyntax.ExplicitVRLittleEndian,
        TransferSyntax.ImplicitVRLittleEndian,
        TransferSyntax.DeflatedExplicitVRLittleEndian,
        TransferSyntax.ExplicitVRBigEndian,
    ];

    /// <summary>
    /// Returns the accepted transfer syntax, or null when none of <paramref name="proposed"/> is
    /// acceptable.
    /// </summary>
    /// <param name="proposed">Transfer syntax UIDs in the peer's order.</param>
    /// <param name="allowEncapsulated">False for services without pixel data, such as Verification.</param>
    public static TransferSyntax? Select(IReadOnlyList<string> proposed, bool allowEncapsulated)
    {
        var acceptable = proposed
            .Select(TransferSyntax.Find)
            .OfType<TransferSyntax>()
            .Where(syntax => !IsRejected(syntax) && (allowEncapsulated || !syntax.IsEncapsulated))
            .ToList();
        if (acceptable is [{ IsEncapsulated: true, IsLossy: false } first, ..])
        {
            return first;
        }

        return NativeOrder.FirstOrDefault(acceptable.Contains)
            ?? acceptable.FirstOrDefault(syntax => syntax is { IsEncapsulated: true, IsLossy: false })
            ?? acceptable.FirstOrDefault(syntax => syntax.IsEncapsulated);
    }

    /// <summary>
    /// Returns true for the known transfer syntaxes that this Storage SCP rejects whatever else is
    /// proposed:
    /// <list type="bullet">
    /// <item>JPIP Referenced and JPIP Referenced Deflate, because their Pixel Data is only a URL on
    /// the sender's JPIP server, which residents reading a teaching file can never reach;</item>
    /// <item>the SMPTE ST 2110 syntaxes, because PS3.5 defines them for real-time video and audio
    /// streams (DICOM-RTV), not for C-STORE of a stored instance.</item>
    /// </list>
    /// </summary>
    public static bool IsRejected(TransferSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return syntax == TransferSyntax.JpipReferenced
            || syntax == TransferSyntax.JpipReferencedDeflate
            || syntax == TransferSyntax.SmpteSt211020Uncompressed
            || syntax == TransferSyntax.SmpteSt211020UncompressedInterlaced
            || syntax == TransferSyntax.SmpteSt211030Pcm;
    }
}
