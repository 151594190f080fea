namespace TeachingFile.Dicom.Network;

/// <summary>The association ended with an A-ABORT or a dropped connection before the exchange finished.</summary>
public sealed class DicomAssociationAbortedException : DicomNetworkException
{
    public DicomAssociationAbortedException()
    {
    }

    public DicomAssociationAbortedException(string message)
        : base(message)
    {
    }

    public DicomAssociationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
