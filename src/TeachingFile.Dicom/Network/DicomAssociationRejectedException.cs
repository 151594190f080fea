namespace TeachingFile.Dicom.Network;

/// <summary>The peer rejected our A-ASSOCIATE-RQ with an A-ASSOCIATE-RJ (PS3.8 Section 9.3.4).</summary>
public sealed class DicomAssociationRejectedException : DicomNetworkException
{
    public DicomAssociationRejectedException()
    {
    }

    public DicomAssociationRejectedException(string message)
        : base(message)
    {
    }

    public DicomAssociationRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomAssociationRejectedException(byte result, byte source, byte reason)
        : base(FormatMessage(result, source, reason))
    {
        Result = result;
        RejectSource = source;
        Reason = reason;
    }

    /// <summary>1 = rejected-permanent, 2 = rejected-transient.</summary>
    public byte Result { get; }

    /// <summary>1 = service-user, 2 = service-provider (ACSE), 3 = service-provider (presentation).</summary>
    public byte RejectSource { get; }

    /// <summary>The reason code, whose meaning depends on <see cref="RejectSource"/>.</summary>
    public byte Reason { get; }

    private static string FormatMessage(byte result, byte source, byte reason) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"The peer rejected the association: result {result}, source {source}, reason {reason} (PS3.8 Table 9-21).");
}
