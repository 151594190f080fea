namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>A-ABORT PDU (PS3.8 Section 9.3.8).</summary>
/// <param name="Source">0 = service-user, 2 = service-provider.</param>
/// <param name="Reason">For source 2, an <see cref="AbortReason"/>; 0 otherwise.</param>
internal sealed record AAbort(byte Source, AbortReason Reason) : Pdu
{
    public const byte ServiceUser = 0;

    public const byte ServiceProvider = 2;

    public override PduType Type => PduType.Abort;
}
