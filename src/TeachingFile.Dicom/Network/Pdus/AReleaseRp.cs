namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>A-RELEASE-RP PDU (PS3.8 Section 9.3.7).</summary>
internal sealed record AReleaseRp : Pdu
{
    public override PduType Type => PduType.ReleaseResponse;
}
