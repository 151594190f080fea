using System.Buffers.Binary;
using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class PduCodecTests
{
    [Fact]
    public async Task Associate_request_round_trips_with_user_information()
    {
        var request = RawPeer.AssociateRequest() with
        {
            UserInformation = new UserInformation(
                32768, "1.2.3.4", "VERSION_1", new AsyncOperationsWindow(1, 1),
                [new RoleSelection(RawPeer.CtImageStorage, ScuRole: true, ScpRole: false)]),
        };

        var decoded = Assert.IsType<AAssociateRq>(await DecodeAsync(PduEncoder.Encode(request).ToArray()));

        Assert.Equal("TEACHFILE", decoded.CalledAeTitle);
        Assert.Equal(TestServer.KnownCallingAe, decoded.CallingAeTitle);
        Assert.Equal("1.2.840.10008.3.1.1.1", decoded.ApplicationContextName);
        Assert.Equal(2, decoded.PresentationContexts.Count);
        Assert.Equal(RawPeer.CtImageStorage, decoded.PresentationContexts[1].AbstractSyntax);
        Assert.Equal(["1.2.840.10008.1.2.1"], decoded.PresentationContexts[1].TransferSyntaxes);
        Assert.Equal(32768u, decoded.UserInformation.MaxPduLength);
        Assert.Equal("1.2.3.4", decoded.UserInformation.ImplementationClassUid);
        Assert.Equal("VERSION_1", decoded.UserInformation.ImplementationVersionName);
        Assert.Equal(new AsyncOperationsWindow(1, 1), decoded.UserInformation.AsyncOperationsWindow);
        Assert.Equal(request.UserInformation.RoleSelections, decoded.UserInformation.RoleSelections);
    }

    [Fact]
    public async Task Associate_accept_round_trips_context_results()
    {
        var accept = new AAssociateAc(
            1, "TEACHFILE", "PEER", "1.2.840.10008.3.1.1.1",
            [
                new PresentationContextAc(1, PresentationContextResult.Acceptance, "1.2.840.10008.1.2"),
                new PresentationContextAc(3, PresentationContextResult.TransferSyntaxesNotSupported, "1.2.840.10008.1.2"),
            ],
            new UserInformation(0, "1.2.3", null, null, []));

        var decoded = Assert.IsType<AAssociateAc>(await DecodeAsync(PduEncoder.Encode(accept).ToArray()));

        Assert.Equal(accept.PresentationContexts, decoded.PresentationContexts);
        Assert.Equal(0u, decoded.UserInformation.MaxPduLength);
    }

    [Fact]
    public async Task User_identity_sub_items_are_skipped()
    {
        var bytes = PduEncoder.Encode(RawPeer.AssociateRequest()).ToArray();
        byte[] extra = [0x58, 0, 0, 6, 1, 0, 0, 2, (byte)'m', (byte)'e', 0x56, 0, 0, 2, 0, 0];
        var patched = InsertIntoUserInformation(bytes, extra);

        var decoded = Assert.IsType<AAssociateRq>(await DecodeAsync(patched));

        Assert.Equal(16384u, decoded.UserInformation.MaxPduLength);
    }

    [Fact]
    public async Task Unknown_item_type_is_unrecognized_parameter()
    {
        var bytes = PduEncoder.Encode(RawPeer.AssociateRequest()).ToArray();
        bytes[74] = 0x11;

        var error = await Assert.ThrowsAsync<DicomProtocolException>(() => DecodeAsync(bytes));

        Assert.Equal(AbortReason.UnrecognizedPduParameter, error.Reason);
    }

    [Fact]
    public async Task Item_length_past_pdu_end_is_invalid()
    {
        var bytes = PduEncoder.Encode(RawPeer.AssociateRequest()).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(76), 0xFFF0);

        var error = await Assert.ThrowsAsync<DicomProtocolException>(() => DecodeAsync(bytes));

        Assert.Equal(AbortReason.InvalidPduParameterValue, error.Reason);
        Assert.Contains("only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Even_presentation_context_id_is_invalid()
    {
        var request = RawPeer.AssociateRequest() with
        {
            PresentationContexts = [new PresentationContextRq(2, "1.2.840.10008.1.1", ["1.2.840.10008.1.2"])],
        };

        var error = await Assert.ThrowsAsync<DicomProtocolException>(
            () => DecodeAsync(PduEncoder.Encode(request).ToArray()));

        Assert.Contains("presentation context ID 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x04, 0, 0, 0, 0, 5, 0, 0, 0, 1, 1 })]
    [InlineData(new byte[] { 0x04, 0, 0, 0, 0, 6, 0, 0, 0, 2, 1, 0x07 })]
    [InlineData(new byte[] { 0x04, 0, 0, 0, 0, 6, 0, 0, 0, 9, 1, 0x03 })]
    [InlineData(new byte[] { 0x05, 0, 0, 0, 0, 2, 0, 0 })]
    [InlineData(new byte[] { 0x03, 0, 0, 0, 0, 4, 0, 9, 1, 1 })]
    public async Task Malformed_pdu_is_invalid_parameter(byte[] bytes)
    {
        var error = await Assert.ThrowsAsync<DicomProtocolException>(() => DecodeAsync(bytes));

        Assert.Equal(AbortReason.InvalidPduParameterValue, error.Reason);
    }

    [Fact]
    public async Task Unknown_pdu_type_is_unrecognized_pdu()
    {
        var error = await Assert.ThrowsAsync<DicomProtocolException>(() => DecodeAsync([0x09, 0, 0, 0, 0, 4, 0, 0, 0, 0]));

        Assert.Equal(AbortReason.UnrecognizedPdu, error.Reason);
    }

    [Fact]
    public async Task Data_pdu_over_max_is_invalid()
    {
        var header = new byte[] { 0x04, 0, 0, 0, 0x40, 0x01 };

        var error = await Assert.ThrowsAsync<DicomProtocolException>(() => DecodeAsync(header, maxPduLength: 16384));

        Assert.Equal(AbortReason.InvalidPduParameterValue, error.Reason);
    }

    [Fact]
    public async Task Large_associate_request_is_read()
    {
        string[] syntaxes =
            ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.70"];
        var contexts = Enumerable.Range(0, 127)
            .Select(i => new PresentationContextRq((byte)(2 * i + 1), "1.2.840.10008.5.1.4.1.1." + i, syntaxes))
            .ToList();
        var bytes = PduEncoder.Encode(RawPeer.AssociateRequest() with { PresentationContexts = contexts }).ToArray();
        Assert.True(bytes.Length > 16384);

        var decoded = Assert.IsType<AAssociateRq>(await DecodeAsync(bytes, maxPduLength: 16384));

        Assert.Equal(127, decoded.PresentationContexts.Count);
    }

    [Fact]
    public async Task Data_pdu_with_two_values_keeps_flags()
    {
        var data = new PDataTf(
        [
            new PresentationDataValue(1, IsCommand: true, IsLast: true, new byte[] { 1, 2 }),
            new PresentationDataValue(1, IsCommand: false, IsLast: false, new byte[] { 3 }),
        ]);

        var decoded = Assert.IsType<PDataTf>(await DecodeAsync(PduEncoder.Encode(data).ToArray()));

        Assert.Equal(2, decoded.Values.Count);
        Assert.True(decoded.Values[0].IsCommand);
        Assert.True(decoded.Values[0].IsLast);
        Assert.False(decoded.Values[1].IsCommand);
        Assert.False(decoded.Values[1].IsLast);
        Assert.Equal(new byte[] { 3 }, decoded.Values[1].Data.ToArray());
    }

    private static async Task<Pdu?> DecodeAsync(byte[] bytes, uint maxPduLength = 262144) =>
        await new PduReader(new MemoryStream(bytes), maxPduLength).ReadAsync(CancellationToken.None);

    /// <summary>Appends sub-items to the user information item, which the encoder writes last.</summary>
    private static byte[] InsertIntoUserInformation(byte[] pdu, byte[] subItems)
    {
        var userInfo = Array.LastIndexOf(pdu, (byte)0x50, pdu.Length - 1);
        while (BinaryPrimitives.ReadUInt16BigEndian(pdu.AsSpan(userInfo + 2)) != pdu.Length - userInfo - 4)
        {
            userInfo = Array.LastIndexOf(pdu, (byte)0x50, userInfo - 1);
        }

        var result = pdu.Concat(subItems).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(2), (uint)(result.Length - 6));
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(userInfo + 2), (ushort)(result.Length - userInfo - 4));
        return result;
    }
}
