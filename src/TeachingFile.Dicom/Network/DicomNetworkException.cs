namespace TeachingFile.Dicom.Network;

/// <summary>A DICOM association or DIMSE exchange failed.</summary>
public class DicomNetworkException : Exception
{
    public DicomNetworkException()
    {
    }

    public DicomNetworkException(string message)
        : base(message)
    {
    }

    public DicomNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
