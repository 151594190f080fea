namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>Processes the DIMSE messages that <see cref="DimseMessageAssembler"/> puts together.</summary>
internal interface IDimseMessageHandler
{
    /// <summary>Returns where the data set announced by <paramref name="command"/> goes.</summary>
    ValueTask<IDataSetSink> BeginDataSetAsync(
        AcceptedPresentationContext context, DimseCommand command, CancellationToken cancellationToken);

    /// <summary>Processes a complete message; the handler disposes <paramref name="dataSet"/>.</summary>
    ValueTask OnMessageAsync(
        AcceptedPresentationContext context, DimseCommand command, IDataSetSink? dataSet, CancellationToken cancellationToken);
}
