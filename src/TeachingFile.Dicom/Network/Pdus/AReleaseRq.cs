namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>A-RELEASE-RQ PDU (PS3.8 Section 9.3.6).</summary>
internal sealed record AReleaseRq : Pdu
{
    public override PduType Type => PduType.ReleaseRequest;
}
