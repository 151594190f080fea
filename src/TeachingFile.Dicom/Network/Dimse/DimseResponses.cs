namespace TeachingFile.Dicom.Network.Dimse;

/// <summary>Builds response command sets for received requests (PS3.7 Section 9.3).</summary>
internal static class DimseResponses
{
    /// <summary>Builds the response to <paramref name="request"/>: same SOP UIDs, no data set.</summary>
    public static DimseCommand For(DimseCommand request, DicomStatus status)
    {
        var response = new DimseCommand
        {
            CommandField = (CommandField)((ushort)request.CommandField | 0x8000),
            MessageIdBeingRespondedTo = request.MessageId,
            AffectedSopClassUid = request.AffectedSopClassUid,
            CommandDataSetType = DimseCommand.NoDataSet,
            Status = status.Code,
        };
        if (request.AffectedSopInstanceUid is { } instance)
        {
            response.AffectedSopInstanceUid = instance;
        }

        return response;
    }
}
