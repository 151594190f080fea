namespace TeachingFile.Dicom.Network;

/// <summary>
/// What the association must do with a received PDU, as decided by <see
/// cref="AssociationStateMachine"/>.
/// </summary>
internal enum AssociationAction
{
    /// <summary>Process the PDU (the state machine has moved to its next state).</summary>
    Process,

    /// <summary>Send A-ABORT with reason unexpected-PDU and await the transport close (AA-1, AA-8).</summary>
    AbortUnexpected,

    /// <summary>The peer aborted: close the transport connection (AA-2, AA-3).</summary>
    CloseTransport,

    /// <summary>Ignore the PDU (AA-6 in Sta13).</summary>
    Ignore,
}
