using System.Buffers.Binary;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// The keyed pseudonym of one patient: a key that replaces Patient ID, a name built from it, and the date
/// shift in days. All three are derived from the patient identity (Patient ID and Issuer of Patient ID),
/// so follow-up studies link without the original ID being kept.
/// </summary>
internal sealed record PatientPseudonym(string PatientKey, string PatientName, int DateShiftDays)
{
    private const byte KeyLabel = (byte)'P';
    private const byte ShiftLabel = (byte)'S';

    /// <summary>Derives the pseudonym of <paramref name="identity"/> with shifts in
    /// [<paramref name="minimumShift"/>, <paramref name="maximumShift"/>].</summary>
    public static PatientPseudonym Derive(KeyedHasher hasher, string identity, int minimumShift, int maximumShift)
    {
        Span<byte> hash = stackalloc byte[KeyedHasher.HashLength];
        hasher.Hash(KeyLabel, identity, hash);
        var key = Convert.ToHexString(hash[..16]);

        hasher.Hash(ShiftLabel, identity, hash);
        var range = (ulong)((long)maximumShift - minimumShift + 1);
        var shift = minimumShift + (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % range);

        return new PatientPseudonym(key, "ANON^" + key[..8], shift);
    }

    /// <summary>
    /// Returns the identity text of a patient: Patient ID and Issuer of Patient ID; when Patient ID is
    /// empty, the Study Instance UID, so the fallback is still stable for the study.
    /// </summary>
    public static string IdentityOf(string? patientId, string? issuer, string? studyInstanceUid)
    {
        if (!string.IsNullOrWhiteSpace(patientId))
        {
            return "patient\0" + patientId.Trim() + "\0" + (issuer ?? string.Empty).Trim();
        }

        // NOTE: an instance with neither Patient ID nor Study Instance UID shares one pseudonym with all such
        // instances.
        return "study\0" + (studyInstanceUid ?? string.Empty).Trim();
    }
}
