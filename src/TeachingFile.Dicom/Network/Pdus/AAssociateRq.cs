namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// A-ASSOCIATE-RQ PDU (PS3.8 Section 9.3.2). Bit 0 of the protocol version is set for version 1,
/// the only version defined.
/// </summary>
internal sealed record AAssociateRq(
    ushort ProtocolVersion,
    string CalledAeTitle,
    string CallingAeTitle,
    string ApplicationContextName,
    IReadOnlyList<PresentationContextRq> PresentationContexts,
    UserInformation UserInformation) : Pdu
{
    public override PduType Type => PduType.AssociateRequest;
}
