namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>A-ASSOCIATE-RJ PDU (PS3.8 Section 9.3.4).</summary>
/// <param name="Result">1 = rejected-permanent, 2 = rejected-transient.</param>
/// <param name="Source">1 = service-user, 2 = service-provider (ACSE), 3 = service-provider (presentation).</param>
/// <param name="Reason">Reason code, whose meaning depends on <paramref name="Source"/>.</param>
internal sealed record AAssociateRj(byte Result, byte Source, byte Reason) : Pdu
{
    public override PduType Type => PduType.AssociateReject;
}
