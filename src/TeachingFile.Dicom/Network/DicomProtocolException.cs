using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// The peer sent a PDU or DIMSE message that violates PS3.7 or PS3.8. The association is aborted
/// with <see cref="AbortReasonCode"/> as the A-ABORT reason.
/// </summary>
public sealed class DicomProtocolException : DicomNetworkException
{
    public DicomProtocolException()
    {
    }

    public DicomProtocolException(string message)
        : base(message)
    {
    }

    public DicomProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DicomProtocolException(AbortReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>The A-ABORT reason code of PS3.8 Table 9-26 for this violation.</summary>
    public byte AbortReasonCode => (byte)Reason;

    internal AbortReason Reason { get; } = AbortReason.NotSpecified;

    /// <summary>
    /// The protocol that the peer's bytes belong to (<see cref="Network.ForeignProtocol.Http"/> or
    /// <see cref="Network.ForeignProtocol.Tls"/>) when they are not DICOM at all, otherwise null.
    /// </summary>
    internal string? ForeignProtocol { get; init; }
}
