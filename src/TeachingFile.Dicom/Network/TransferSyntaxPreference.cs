namespace TeachingFile.Dicom.Network;

/// <summary>
/// The transfer syntax this node accepts from the ones proposed in a presentation context. This is
/// the one place that defines the preference, and it does not depend on the peer's order:
/// <list type="number">
/// <item>Explicit VR Little Endian;</item>
/// <item>Implicit VR Little Endian;</item>
/// <item>Deflated Explicit VR Little Endian;</item>
/// <item>Explicit VR Big Endian (retired, still sent by old modalities);</item>
/// <item>otherwise the first proposed encapsulated syntax known to <see cref="TransferSyntax"/>,
/// so a context that proposes only a compressed syntax is accepted with it and its pixel data
/// arrives bit for bit.</item>
/// </list>
/// UIDs unknown to <see cref="TransferSyntax.Find"/> are never accepted, because nothing
/// downstream could read a data set in them.
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
        foreach (var candidate in NativeOrder)
        {
            if (proposed.Contains(candidate.Uid, StringComparer.Ordinal))
            {
                return candidate;
            }
        }

        if (!allowEncapsulated)
        {
            return null;
        }

        return proposed
            .Select(TransferSyntax.Find)
            .FirstOrDefault(syntax => syntax is { IsEncapsulated: true });
    }
}
