namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>The result/reason of a presentation context item of an A-ASSOCIATE-AC (PS3.8 Table 9-18).</summary>
internal enum PresentationContextResult : byte
{
    Acceptance = 0,
    UserRejection = 1,
    NoReason = 2,
    AbstractSyntaxNotSupported = 3,
    TransferSyntaxesNotSupported = 4,
}
