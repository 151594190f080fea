namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// A presentation context item of an A-ASSOCIATE-RQ (PS3.8 Section 9.3.2.2). The ID is an odd
/// number from 1 to 255, unique within the association.
/// </summary>
internal sealed record PresentationContextRq(byte Id, string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes);
