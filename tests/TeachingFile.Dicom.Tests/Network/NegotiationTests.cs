using TeachingFile.Dicom.Network;
using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class NegotiationTests
{
    private const string Explicit = "1.2.840.10008.1.2.1";
    private const string Implicit = "1.2.840.10008.1.2";
    private const string BigEndian = "1.2.840.10008.1.2.2";
    private const string Deflated = "1.2.840.10008.1.2.1.99";
    private const string JpegBaseline = "1.2.840.10008.1.2.4.50";
    private const string Jpeg2000 = "1.2.840.10008.1.2.4.91";
    private const string Jpeg2000Lossless = "1.2.840.10008.1.2.4.90";
    private const string JpegLSLossless = "1.2.840.10008.1.2.4.80";
    private const string Rle = "1.2.840.10008.1.2.5";
    private const string Jpip = "1.2.840.10008.1.2.4.94";
    private const string JpipDeflate = "1.2.840.10008.1.2.4.95";
    private const string Smpte211020 = "1.2.840.10008.1.2.7.1";
    private const string Smpte211030 = "1.2.840.10008.1.2.7.3";

    [Theory]
    [InlineData(new[] { Implicit, Explicit }, Explicit)]
    [InlineData(new[] { JpegBaseline, Implicit }, Implicit)]
    [InlineData(new[] { BigEndian, Deflated }, Deflated)]
    [InlineData(new[] { BigEndian }, BigEndian)]
    [InlineData(new[] { Jpeg2000, JpegBaseline }, Jpeg2000)]
    [InlineData(new[] { "1.2.3.999" }, null)]
    [InlineData(new[] { Rle, Explicit, Implicit }, Rle)]
    [InlineData(new[] { JpegLSLossless, Implicit }, JpegLSLossless)]
    [InlineData(new[] { "1.2.3.999", Jpeg2000Lossless, Explicit }, Jpeg2000Lossless)]
    [InlineData(new[] { Explicit, Rle }, Explicit)]
    [InlineData(new[] { Jpeg2000, Jpeg2000Lossless, Explicit }, Explicit)]
    [InlineData(new[] { Jpeg2000, Jpeg2000Lossless }, Jpeg2000Lossless)]
    [InlineData(new[] { Jpip, Explicit }, Explicit)]
    public void Preference_picks_by_our_order(string[] proposed, string? expected)
    {
        Assert.Equal(expected, TransferSyntaxPreference.Select(proposed, allowEncapsulated: true)?.Uid);
    }

    [Theory]
    [InlineData(Jpip)]
    [InlineData(JpipDeflate)]
    [InlineData(Smpte211020)]
    [InlineData(Smpte211030)]
    public void Preference_rejects_jpip_and_smpte_2110(string proposed)
    {
        Assert.Null(TransferSyntaxPreference.Select([proposed], allowEncapsulated: true));
    }

    [Fact]
    public void Verification_ignores_leading_lossless_syntax()
    {
        Assert.Equal(
            TransferSyntax.ExplicitVRLittleEndian,
            TransferSyntaxPreference.Select([Rle, Explicit], allowEncapsulated: false));
    }

    [Fact]
    public void Jpip_context_is_answered_transfer_syntaxes_not_supported()
    {
        var request = RawPeer.AssociateRequest() with
        {
            PresentationContexts =
            [
                new PresentationContextRq(1, RawPeer.CtImageStorage, [Jpip, JpipDeflate]),
                new PresentationContextRq(3, RawPeer.CtImageStorage, [Rle, Explicit]),
            ],
        };

        var (accept, accepted) = Negotiator().Accept(request);

        Assert.Equal(PresentationContextResult.TransferSyntaxesNotSupported, accept.PresentationContexts[0].Result);
        Assert.False(accepted.ContainsKey(1));
        Assert.Equal(TransferSyntax.RleLossless, accepted[3].TransferSyntax);
    }

    [Fact]
    public void Verification_with_only_compressed_syntax_is_not_accepted()
    {
        Assert.Null(TransferSyntaxPreference.Select([JpegBaseline], allowEncapsulated: false));
    }

    [Fact]
    public void Each_context_is_answered_on_its_own()
    {
        var request = RawPeer.AssociateRequest() with
        {
            PresentationContexts =
            [
                new PresentationContextRq(1, "1.2.840.10008.1.1", [Implicit]),
                new PresentationContextRq(3, RawPeer.CtImageStorage, [JpegBaseline]),
                new PresentationContextRq(5, "1.2.840.10008.5.1.4.1.2.2.1", [Implicit]),
                new PresentationContextRq(7, RawPeer.CtImageStorage, ["1.2.3.999"]),
            ],
            UserInformation = new UserInformation(
                0, null, null, null, [new RoleSelection(RawPeer.CtImageStorage, ScuRole: true, ScpRole: true)]),
        };

        var (accept, accepted) = Negotiator().Accept(request);

        Assert.Equal(
            [
                PresentationContextResult.Acceptance,
                PresentationContextResult.Acceptance,
                PresentationContextResult.AbstractSyntaxNotSupported,
                PresentationContextResult.TransferSyntaxesNotSupported,
            ],
            accept.PresentationContexts.Select(c => c.Result));
        Assert.Equal(TransferSyntax.JpegBaseline8Bit, accepted[3].TransferSyntax);
        var role = Assert.Single(accept.UserInformation.RoleSelections);
        Assert.True(role.ScuRole);
        Assert.False(role.ScpRole);
        Assert.Equal(262144u, accept.UserInformation.MaxPduLength);
    }

    [Fact]
    public async Task Wrong_application_context_is_rejected_permanently()
    {
        var request = RawPeer.AssociateRequest() with { ApplicationContextName = "1.2.3" };

        var rejection = await Negotiator().CheckAsync(request, tooManyAssociations: false, CancellationToken.None);

        Assert.Equal((byte)1, rejection!.Result);
        Assert.Equal((byte)1, rejection.Source);
        Assert.Equal((byte)2, rejection.Reason);
    }

    private static AssociationNegotiator Negotiator() => new(
        new DicomServerOptions(), new AllowListPolicy(TestServer.KnownCallingAe), StorageSopClassSet.Value);
}
