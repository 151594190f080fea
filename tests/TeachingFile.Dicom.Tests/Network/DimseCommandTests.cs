using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Dimse;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class DimseCommandTests
{
    [Fact]
    public void Store_request_round_trips_typed_fields()
    {
        var command = RawPeer.StoreRequest(42);
        command.MoveOriginatorAeTitle = "MOVER";
        command.MoveOriginatorMessageId = 5;

        var decoded = DimseCommand.Decode(command.Encode());

        Assert.Equal(CommandField.CStoreRequest, decoded.CommandField);
        Assert.Equal((ushort)42, decoded.MessageId);
        Assert.Equal(RawPeer.CtImageStorage, decoded.AffectedSopClassUid);
        Assert.Equal("1.2.826.0.1.3680043.2.1143.1", decoded.AffectedSopInstanceUid);
        Assert.Equal((ushort)0, decoded.Priority);
        Assert.True(decoded.HasDataSet);
        Assert.Equal("MOVER", decoded.MoveOriginatorAeTitle);
        Assert.Equal((ushort)5, decoded.MoveOriginatorMessageId);
    }

    [Fact]
    public void Encode_starts_with_group_length_of_the_rest()
    {
        var bytes = new DimseCommand { CommandField = CommandField.CEchoRequest, MessageId = 1 }.Encode();

        Assert.Equal(new byte[] { 0, 0, 0, 0, 4, 0, 0, 0 }, bytes[..8]);
        Assert.Equal(bytes.Length - 12, BitConverter.ToInt32(bytes, 8));
    }

    [Fact]
    public void Odd_length_uid_is_padded_with_null()
    {
        var command = new DimseCommand { AffectedSopClassUid = "1.2.3" };

        var bytes = command.Encode();

        Assert.Equal(new byte[] { (byte)'1', (byte)'.', (byte)'2', (byte)'.', (byte)'3', 0 }, bytes[^6..]);
        Assert.Equal("1.2.3", DimseCommand.Decode(bytes).AffectedSopClassUid);
    }

    [Fact]
    public void Response_copies_request_identifiers()
    {
        var response = DimseResponses.For(RawPeer.StoreRequest(7), DicomStatus.OutOfResources);

        Assert.Equal(CommandField.CStoreResponse, response.CommandField);
        Assert.Equal((ushort)7, response.MessageIdBeingRespondedTo);
        Assert.Equal((ushort)0xA700, response.Status);
        Assert.False(response.HasDataSet);
        Assert.Equal("1.2.826.0.1.3680043.2.1143.1", response.AffectedSopInstanceUid);
    }

    [Theory]
    [InlineData(new byte[] { 0x08, 0x00, 0x10, 0x00, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x01, 9, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00 })]
    public void Malformed_command_set_throws(byte[] bytes)
    {
        Assert.Throws<DicomProtocolException>(() => DimseCommand.Decode(bytes));
    }
}
