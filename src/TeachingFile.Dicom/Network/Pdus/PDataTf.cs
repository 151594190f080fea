namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>P-DATA-TF PDU (PS3.8 Section 9.3.5) with its presentation data values.</summary>
internal sealed record PDataTf(IReadOnlyList<PresentationDataValue> Values) : Pdu
{
    public override PduType Type => PduType.DataTransfer;
}
