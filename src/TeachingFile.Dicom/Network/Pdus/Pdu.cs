namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>A decoded protocol data unit of the DICOM upper layer.</summary>
internal abstract record Pdu
{
    /// <summary>The PDU type byte that starts the PDU on the wire.</summary>
    public abstract PduType Type { get; }
}
