using System.Collections.Concurrent;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>Store handler that keeps a copy of each spool file, since the server deletes the original.</summary>
internal sealed class RecordingStoreHandler : IDicomStoreHandler
{
    public ConcurrentQueue<(DicomStoreRequest Request, byte[] Bytes)> Stored { get; } = new();

    public ConcurrentQueue<DicomAssociationInfo> Closed { get; } = new();

    public ConcurrentQueue<string> SpoolPaths { get; } = new();

    /// <summary>Completed once the first data set starts arriving is not observable here; tests poll the spool directory instead.</summary>
    public Func<DicomStoreRequest, DicomStatus> Respond { get; set; } = _ => DicomStatus.Success;

    public TaskCompletionSource<DicomAssociationInfo> FirstClosed { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<DicomStatus> StoreAsync(DicomStoreRequest request, CancellationToken cancellationToken)
    {
        SpoolPaths.Enqueue(request.SpoolPath);
        var bytes = await File.ReadAllBytesAsync(request.SpoolPath, cancellationToken);
        Stored.Enqueue((request, bytes));
        return Respond(request);
    }

    public Task OnAssociationClosedAsync(DicomAssociationInfo association, CancellationToken cancellationToken)
    {
        Closed.Enqueue(association);
        FirstClosed.TrySetResult(association);
        return Task.CompletedTask;
    }
}
