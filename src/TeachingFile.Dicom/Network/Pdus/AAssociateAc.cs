namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// A-ASSOCIATE-AC PDU (PS3.8 Section 9.3.3). The AE title fields are reserved: they are sent with
/// the values of the request and not tested on receipt.
/// </summary>
internal sealed record AAssociateAc(
    ushort ProtocolVersion,
    string CalledAeTitle,
    string CallingAeTitle,
    string ApplicationContextName,
    IReadOnlyList<PresentationContextAc> PresentationContexts,
    UserInformation UserInformation) : Pdu
{
    public override PduType Type => PduType.AssociateAccept;
}
