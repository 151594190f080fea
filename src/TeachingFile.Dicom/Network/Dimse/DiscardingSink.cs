namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>Counts and drops the data set of a request whose response carries <see cref="Status"/>.</summary>
internal sealed class DiscardingSink(DicomStatus status, string reason) : IDataSetSink
{
    public DicomStatus Status { get; } = status;

    /// <summary>Why the data set is discarded, for the log.</summary>
    public string Reason { get; } = reason;

    public long Length { get; private set; }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken)
    {
        Length += fragment.Length;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
