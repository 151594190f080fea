using System.Security.Cryptography;

namespace TeachingFile.Dicom.Network;

/// <summary>Creates the short random ids that tag every log line of an association.</summary>
internal static class AssociationIds
{
    /// <summary>Returns 8 lower-case hex characters (32 random bits).</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
