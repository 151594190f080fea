namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// A presentation context item of an A-ASSOCIATE-AC (PS3.8 Section 9.3.3.2). The transfer syntax
/// is significant only when the result is acceptance.
/// </summary>
internal sealed record PresentationContextAc(byte Id, PresentationContextResult Result, string TransferSyntax);
