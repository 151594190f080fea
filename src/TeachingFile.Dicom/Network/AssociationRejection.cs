namespace TeachingFile.Dicom.Network;

/// <summary>An A-ASSOCIATE-RJ to send (PS3.8 Section 9.3.4) and the reason to log.</summary>
/// <param name="Result">1 = rejected-permanent, 2 = rejected-transient.</param>
/// <param name="Source">1 = service-user, 2 = service-provider (ACSE), 3 = service-provider (presentation).</param>
/// <param name="Reason">For source 1: 2 = application-context-name not supported, 3 = calling AE title
/// not recognized, 7 = called AE title not recognized.</param>
/// <param name="LogMessage">Why, in words, for the log.</param>
public sealed record AssociationRejection(byte Result, byte Source, byte Reason, string LogMessage)
{
    public static AssociationRejection CallingAeNotRecognized(string message) => new(1, 1, 3, message);

    public static AssociationRejection CalledAeNotRecognized(string message) => new(1, 1, 7, message);

    public static AssociationRejection TooManyAssociations(string message) => new(2, 3, 2, message);
}
