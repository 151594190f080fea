namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>The reason field of an A-ABORT sent by the service provider (PS3.8 Table 9-26).</summary>
internal enum AbortReason : byte
{
    NotSpecified = 0,
    UnrecognizedPdu = 1,
    UnexpectedPdu = 2,
    UnrecognizedPduParameter = 4,
    UnexpectedPduParameter = 5,
    InvalidPduParameterValue = 6,
}
