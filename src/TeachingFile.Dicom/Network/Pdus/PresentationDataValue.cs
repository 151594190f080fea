namespace TeachingFile.Dicom.Network.Pdus;

/// <summary>
/// One presentation data value item of a P-DATA-TF PDU (PS3.8 Section 9.3.5.1 and Annex E.2).
/// <see cref="Data"/> may point into the reader's buffer, so it is valid until the next PDU is read.
/// </summary>
internal sealed record PresentationDataValue(
    byte PresentationContextId, bool IsCommand, bool IsLast, ReadOnlyMemory<byte> Data)
{
    /// <summary>The message control header byte: bit 0 set for a command, bit 1 set for the last fragment.</summary>
    public byte MessageControlHeader => (byte)((IsCommand ? 1 : 0) | (IsLast ? 2 : 0));
}
