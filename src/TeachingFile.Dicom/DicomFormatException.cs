namespace TeachingFile.Dicom;

/// <summary>The bytes are not a readable DICOM stream; <see cref="Offset"/> says where reading failed.</summary>
public class DicomFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DicomFormatException()
        : this("The stream is not valid DICOM.", -1)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DicomFormatException(string message)
        : this(message, -1)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DicomFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Offset = -1;
    }

    /// <summary>Creates the exception for the element at <paramref name="offset"/>.</summary>
    public DicomFormatException(string message, long offset, Exception? innerException = null)
        : base(message, innerException)
    {
        Offset = offset;
    }

    /// <summary>Byte offset in the stream of the bad element; -1 when unknown.</summary>
    public long Offset { get; }
}
