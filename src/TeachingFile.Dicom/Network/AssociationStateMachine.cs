using System.Globalization;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// The upper layer state machine of PS3.8 Section 9.2 (Table 9-10) for one association, separate
/// from the PDU codec: it decides what each received PDU means in the current state and checks
/// that local actions happen in an allowed order.
/// </summary>
internal sealed class AssociationStateMachine
{
    public AssociationState State { get; private set; } = AssociationState.Idle;

    /// <summary>The transport connection opened: Sta2 for an acceptor (AE-5), Sta4 for a requestor.</summary>
    public void OnTransportOpened(bool isAcceptor) => Move(
        AssociationState.Idle,
        isAcceptor ? AssociationState.AwaitingAssociateRequest : AssociationState.AwaitingTransportOpen);

    /// <summary>The requestor sent its A-ASSOCIATE-RQ (AE-2).</summary>
    public void OnAssociateRequestSent() =>
        Move(AssociationState.AwaitingTransportOpen, AssociationState.AwaitingAssociateResponse);

    /// <summary>The acceptor sent A-ASSOCIATE-AC (AE-7).</summary>
    public void OnAssociateAcceptSent() =>
        Move(AssociationState.AwaitingLocalAssociateResponse, AssociationState.Established);

    /// <summary>The acceptor sent A-ASSOCIATE-RJ (AE-8).</summary>
    public void OnAssociateRejectSent() =>
        Move(AssociationState.AwaitingLocalAssociateResponse, AssociationState.AwaitingTransportClose);

    /// <summary>The requestor sent A-RELEASE-RQ (AR-1).</summary>
    public void OnReleaseRequestSent() =>
        Move(AssociationState.Established, AssociationState.AwaitingReleaseResponse);

    /// <summary>The acceptor sent A-RELEASE-RP (AR-4).</summary>
    public void OnReleaseResponseSent() =>
        Move(AssociationState.AwaitingLocalReleaseResponse, AssociationState.AwaitingTransportClose);

    /// <summary>This node sent A-ABORT (AA-1); allowed in any state with a transport connection.</summary>
    public void OnAbortSent() => State = AssociationState.AwaitingTransportClose;

    public void OnTransportClosed() => State = AssociationState.Idle;

    /// <summary>True when P-DATA may be sent (Sta6, and Sta8 before the release response).</summary>
    public bool CanSendData => State is AssociationState.Established or AssociationState.AwaitingLocalReleaseResponse;

    /// <summary>Returns the action for a received PDU and moves to the next state.</summary>
    public AssociationAction OnPduReceived(PduType type)
    {
        if (type == PduType.Abort)
        {
            State = AssociationState.Idle;
            return AssociationAction.CloseTransport;
        }

        return (State, type) switch
        {
            (AssociationState.AwaitingAssociateRequest, PduType.AssociateRequest) =>
                Next(AssociationState.AwaitingLocalAssociateResponse),
            (AssociationState.AwaitingAssociateResponse, PduType.AssociateAccept) => Next(AssociationState.Established),
            (AssociationState.AwaitingAssociateResponse, PduType.AssociateReject) => Next(AssociationState.Idle),
            (AssociationState.Established, PduType.DataTransfer) => AssociationAction.Process,
            (AssociationState.Established, PduType.ReleaseRequest) => Next(AssociationState.AwaitingLocalReleaseResponse),
            (AssociationState.AwaitingReleaseResponse, PduType.DataTransfer) => AssociationAction.Process,
            (AssociationState.AwaitingReleaseResponse, PduType.ReleaseResponse) => Next(AssociationState.Idle),
            (AssociationState.AwaitingTransportClose, PduType.AssociateRequest) => AbortUnexpected(),
            (AssociationState.AwaitingTransportClose, _) => AssociationAction.Ignore,
            _ => AbortUnexpected(),
        };
    }

    private AssociationAction Next(AssociationState state)
    {
        State = state;
        return AssociationAction.Process;
    }

    private AssociationAction AbortUnexpected()
    {
        State = AssociationState.AwaitingTransportClose;
        return AssociationAction.AbortUnexpected;
    }

    private void Move(AssociationState from, AssociationState to)
    {
        if (State != from)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Association state machine: cannot move to {to} from {State}; expected {from}."));
        }

        State = to;
    }
}
