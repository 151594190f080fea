using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class AssociationStateMachineTests
{
    [Fact]
    public void Acceptor_walks_through_association_and_release()
    {
        var machine = new AssociationStateMachine();
        machine.OnTransportOpened(isAcceptor: true);
        Assert.Equal(AssociationState.AwaitingAssociateRequest, machine.State);

        Assert.Equal(AssociationAction.Process, machine.OnPduReceived(PduType.AssociateRequest));
        machine.OnAssociateAcceptSent();
        Assert.Equal(AssociationAction.Process, machine.OnPduReceived(PduType.DataTransfer));
        Assert.Equal(AssociationAction.Process, machine.OnPduReceived(PduType.ReleaseRequest));
        machine.OnReleaseResponseSent();

        Assert.Equal(AssociationState.AwaitingTransportClose, machine.State);
    }

    [Theory]
    [InlineData((byte)PduType.DataTransfer)]
    [InlineData((byte)PduType.ReleaseRequest)]
    [InlineData((byte)PduType.AssociateAccept)]
    public void Acceptor_before_association_aborts_on(byte pduType)
    {
        var type = (PduType)pduType;
        var machine = new AssociationStateMachine();
        machine.OnTransportOpened(isAcceptor: true);

        Assert.Equal(AssociationAction.AbortUnexpected, machine.OnPduReceived(type));
        Assert.Equal(AssociationState.AwaitingTransportClose, machine.State);
    }

    [Fact]
    public void Established_association_aborts_on_second_associate_request()
    {
        var machine = Established();

        Assert.Equal(AssociationAction.AbortUnexpected, machine.OnPduReceived(PduType.AssociateRequest));
    }

    [Fact]
    public void Peer_abort_closes_in_any_state()
    {
        var machine = Established();

        Assert.Equal(AssociationAction.CloseTransport, machine.OnPduReceived(PduType.Abort));
        Assert.Equal(AssociationState.Idle, machine.State);
    }

    [Fact]
    public void Awaiting_close_ignores_data()
    {
        var machine = Established();
        machine.OnAbortSent();

        Assert.Equal(AssociationAction.Ignore, machine.OnPduReceived(PduType.DataTransfer));
    }

    [Fact]
    public void Requestor_release_ends_idle()
    {
        var machine = new AssociationStateMachine();
        machine.OnTransportOpened(isAcceptor: false);
        machine.OnAssociateRequestSent();
        Assert.Equal(AssociationAction.Process, machine.OnPduReceived(PduType.AssociateAccept));
        machine.OnReleaseRequestSent();

        Assert.Equal(AssociationAction.Process, machine.OnPduReceived(PduType.ReleaseResponse));
        Assert.Equal(AssociationState.Idle, machine.State);
    }

    [Fact]
    public void Local_action_out_of_order_throws()
    {
        var machine = new AssociationStateMachine();
        machine.OnTransportOpened(isAcceptor: true);

        Assert.Throws<InvalidOperationException>(machine.OnAssociateAcceptSent);
    }

    private static AssociationStateMachine Established()
    {
        var machine = new AssociationStateMachine();
        machine.OnTransportOpened(isAcceptor: true);
        machine.OnPduReceived(PduType.AssociateRequest);
        machine.OnAssociateAcceptSent();
        return machine;
    }
}
