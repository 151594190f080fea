namespace TeachingFile.Dicom.Network;

/// <summary>A presentation context accepted on an association, with its negotiated transfer syntax.</summary>
internal sealed record AcceptedPresentationContext(byte Id, string AbstractSyntax, TransferSyntax TransferSyntax);
