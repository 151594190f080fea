using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>
/// A-ASSOCIATE-RQs that stretch or break the PS3.8 rules for presentation contexts and the maximum
/// PDU length, sent from a raw socket. Each test ends with a C-ECHO on a new association, which shows
/// that the server still serves.
/// </summary>
public sealed class AssociationAbuseTests(ITestOutputHelper output)
{
    private const string Implicit = "1.2.840.10008.1.2";
    private const string ExplicitLittle = "1.2.840.10008.1.2.1";
    private const string UnknownAbstractSyntax = "1.2.826.0.1.3680043.2.1143.999";
    private const string UnknownTransferSyntax = "1.2.826.0.1.3680043.2.1143.998";

    [Fact]
    public async Task All_128_contexts_are_answered()
    {
        await using var server = await TestServer.StartAsync(output);
        var proposed = Enumerable.Range(0, 128).Select(i => ProposeKind((byte)((2 * i) + 1))).ToList();
        await using var peer = await RawPeer.ConnectAsync(server.Port);

        await peer.SendAsync(RawPeer.AssociateRequest() with { PresentationContexts = proposed });

        var accept = Assert.IsType<AAssociateAc>(await peer.ReadAsync());
        Assert.Equal(proposed.Select(c => c.Id), accept.PresentationContexts.Select(c => c.Id));
        Assert.Equal(proposed.Select(c => ExpectedResult(c.Id)), accept.PresentationContexts.Select(c => c.Result));
        await peer.SendPdvAsync(249, isCommand: true, isLast: true, RawPeer.EchoRequest(1).Encode());
        var (response, _) = await peer.ReadCommandAsync();
        Assert.Equal(DicomStatus.Success.Code, response.Status);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Theory]
    [InlineData(new byte[] { 0 })]
    [InlineData(new byte[] { 2 })]
    [InlineData(new byte[] { 1, 3, 1 })]
    public async Task Invalid_context_ids_are_aborted(byte[] ids)
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.ConnectAsync(server.Port);
        var contexts = ids.Select(id => new PresentationContextRq(id, RawPeer.Verification, [Implicit])).ToList();

        await peer.SendAsync(RawPeer.AssociateRequest() with { PresentationContexts = contexts });

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.InvalidPduParameterValue, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains("is even or repeated", StringComparison.Ordinal));
        Assert.Equal(0, server.Server.ActiveAssociations);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Unsupported_syntaxes_only_get_3_and_4()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.ConnectAsync(server.Port);
        var request = RawPeer.AssociateRequest() with
        {
            PresentationContexts =
            [
                new PresentationContextRq(1, UnknownAbstractSyntax, [Implicit]),
                new PresentationContextRq(3, RawPeer.CtImageStorage, [UnknownTransferSyntax]),
            ],
        };

        await peer.SendAsync(request);

        var accept = Assert.IsType<AAssociateAc>(await peer.ReadAsync());
        Assert.Equal(
            [PresentationContextResult.AbstractSyntaxNotSupported, PresentationContextResult.TransferSyntaxesNotSupported],
            accept.PresentationContexts.Select(c => c.Result));
        await peer.SendPdvAsync(1, isCommand: true, isLast: true, RawPeer.EchoRequest(1).Encode());
        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.InvalidPduParameterValue, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains("context 1, which was not accepted", StringComparison.Ordinal));
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Theory]
    [InlineData(7u)]
    [InlineData(16u)]
    public async Task Tiny_max_pdu_fragments_response(uint maxPduLength)
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await AssociateWithMaxPduAsync(server, maxPduLength);

        await peer.SendPdvAsync(1, isCommand: true, isLast: true, RawPeer.EchoRequest(5).Encode());

        var (response, pduLengths) = await peer.ReadCommandAsync();
        output.WriteLine($"C-ECHO-RSP in {pduLengths.Count} PDUs of at most {pduLengths.Max()} bytes");
        Assert.Equal(DicomStatus.Success.Code, response.Status);
        Assert.Equal((ushort)5, response.MessageIdBeingRespondedTo);
        Assert.True(pduLengths.Count > 1, "the response was not fragmented");
        Assert.All(pduLengths, length => Assert.InRange(length, 7, (int)maxPduLength));
        await peer.SendAsync(new AReleaseRq());
        Assert.IsType<AReleaseRp>(await peer.ReadAsync());
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Max_pdu_0_means_unlimited()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await AssociateWithMaxPduAsync(server, 0);

        await peer.SendPdvAsync(1, isCommand: true, isLast: true, RawPeer.EchoRequest(6).Encode());

        var (response, pduLengths) = await peer.ReadCommandAsync();
        Assert.Equal(DicomStatus.Success.Code, response.Status);
        Assert.Single(pduLengths);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Theory]
    [InlineData(1u)]
    [InlineData(6u)]
    public async Task Max_pdu_without_room_is_aborted(uint maxPduLength)
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.ConnectAsync(server.Port);

        await peer.SendAsync(WithMaxPdu(RawPeer.AssociateRequest(), maxPduLength));

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.InvalidPduParameterValue, abort.Reason);
        Assert.Contains(server.Logger.Lines, line => line.Contains("leaves no room for data", StringComparison.Ordinal));
        await peer.DisposeAsync();
        await WaitUntilAsync(() => server.Server.ActiveAssociations == 0);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Second_associate_request_is_aborted()
    {
        await using var server = await TestServer.StartAsync(output);
        await using var peer = await RawPeer.AssociateAsync(server.Port);

        await peer.SendAsync(RawPeer.AssociateRequest());

        var abort = Assert.IsType<AAbort>(await peer.ReadAsync());
        Assert.Equal(AAbort.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.UnexpectedPdu, abort.Reason);
        await peer.DisposeAsync();
        await WaitUntilAsync(() => server.Server.ActiveAssociations == 0);
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    // Odd IDs cycle through the four kinds by ID modulo 8: Verification, CT Image Storage, an
    // unknown abstract syntax, and CT Image Storage with only an unknown transfer syntax.
    private static PresentationContextRq ProposeKind(byte id) => (id % 8) switch
    {
        1 => new PresentationContextRq(id, RawPeer.Verification, [Implicit]),
        3 => new PresentationContextRq(id, RawPeer.CtImageStorage, [ExplicitLittle, Implicit]),
        5 => new PresentationContextRq(id, UnknownAbstractSyntax, [Implicit]),
        _ => new PresentationContextRq(id, RawPeer.CtImageStorage, [UnknownTransferSyntax]),
    };

    private static PresentationContextResult ExpectedResult(byte id) => (id % 8) switch
    {
        1 or 3 => PresentationContextResult.Acceptance,
        5 => PresentationContextResult.AbstractSyntaxNotSupported,
        _ => PresentationContextResult.TransferSyntaxesNotSupported,
    };

    private static AAssociateRq WithMaxPdu(AAssociateRq request, uint maxPduLength) =>
        request with { UserInformation = request.UserInformation with { MaxPduLength = maxPduLength } };

    private static async Task<RawPeer> AssociateWithMaxPduAsync(TestServer server, uint maxPduLength)
    {
        var peer = await RawPeer.ConnectAsync(server.Port);
        await peer.SendAsync(WithMaxPdu(RawPeer.AssociateRequest(), maxPduLength));
        Assert.IsType<AAssociateAc>(await peer.ReadAsync());
        return peer;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
