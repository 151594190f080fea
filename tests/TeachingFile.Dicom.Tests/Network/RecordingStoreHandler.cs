using System.Collections.Concurrent;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>Store handler that keeps a copy of each received data set, since the server deletes or reuses the original.</summary>
internal sealed class RecordingStoreHandler : IDicomStoreHandler
{
    public ConcurrentQueue<(DicomStoreRequest Request, byte[] Bytes)> Stored { get; } = new();

    public ConcurrentQueue<DicomAssociationInfo> Closed { get; } = new();

    /// <summary>The spool file of each data set that did not stay in memory.</summary>
    public ConcurrentQueue<string> SpoolPaths { get; } = new();

    /// <summary>Completed once the first data set starts arriving is not observable here; tests poll the spool directory instead.</summary>
    public Func<DicomStoreRequest, DicomStatus> Respond { get; set; } = _ => DicomStatus.Success;

    public TaskCompletionSource<DicomAssociationInfo> FirstClosed { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<DicomStatus> StoreAsync(DicomStoreRequest request, CancellationToken cancellationToken)
    {
        byte[] bytes;
        if (request.SpoolPath is { } path)
        {
            SpoolPaths.Enqueue(path);
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        else
        {
            bytes = request.DataSetBytes.ToArray();
        }

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
