namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>Receives the data set fragments of one DIMSE message as they arrive.</summary>
internal interface IDataSetSink : IAsyncDisposable
{
    /// <summary>Bytes received so far, including any that were discarded.</summary>
    long Length { get; }

    ValueTask WriteAsync(ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken);
}
