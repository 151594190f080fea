namespace TeachingFile.Dicom.Network;

/// <summary>The implementation class UID and version name sent in A-ASSOCIATE PDUs (PS3.7 Annex D.3.3.2).</summary>
internal static class ImplementationIdentity
{
    // TODO: use DicomImplementation.ClassUid and VersionName once the core library provides them.
    public const string ClassUid = "2.25.229153144516898181108250503319466482324";

    public const string VersionName = "TEACHFILE_010";
}
