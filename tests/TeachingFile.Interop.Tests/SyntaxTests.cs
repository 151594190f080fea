using System.Globalization;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Network;
using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>
/// One generated instance per transfer syntax the SCP accepts, sent over a real association to the
/// running server and compared with its stored copy. DCMTK sends every syntax that Debian's DCMTK
/// 3.6.7 supports, and the project's own DicomClient sends the rest.
/// </summary>
public sealed class SyntaxTests(SyntaxSamplesFixture fixture) : IClassFixture<SyntaxSamplesFixture>
{
    /// <summary>
    /// Syntaxes newer than Debian's DCMTK 3.6.7: dcmdump shows them as a bare UID, and dcmsend
    /// rejects their files with "Unknown Transfer Syntax", so DicomClient sends them.
    /// </summary>
    private static readonly HashSet<string> UnknownToDcmtk367 = new(StringComparer.Ordinal)
    {
        "1.2.840.10008.1.2.1.98", "1.2.840.10008.1.2.4.100.1", "1.2.840.10008.1.2.4.101.1",
        "1.2.840.10008.1.2.4.102.1", "1.2.840.10008.1.2.4.103.1", "1.2.840.10008.1.2.4.104.1",
        "1.2.840.10008.1.2.4.105.1", "1.2.840.10008.1.2.4.106.1", "1.2.840.10008.1.2.4.110",
        "1.2.840.10008.1.2.4.111", "1.2.840.10008.1.2.4.112", "1.2.840.10008.1.2.4.201",
        "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203", "1.2.840.10008.1.2.8.1",
    };

    private static readonly Dictionary<string, string> StorescuProfileOfNativeSyntax = new(StringComparer.Ordinal)
    {
        ["1.2.840.10008.1.2"] = "ImplicitOnly",
        ["1.2.840.10008.1.2.1"] = "ExplicitOnly",
        ["1.2.840.10008.1.2.1.99"] = "DeflatedOnly",
        ["1.2.840.10008.1.2.2"] = "BigEndianOnly",
    };

    /// <summary>JPIP and SMPTE ST 2110 syntaxes, which the conformance statement lists as rejected.</summary>
    private static readonly HashSet<string> RejectedSyntaxes = new(StringComparer.Ordinal)
    {
        "1.2.840.10008.1.2.4.94", "1.2.840.10008.1.2.4.95", "1.2.840.10008.1.2.7.1", "1.2.840.10008.1.2.7.2",
        "1.2.840.10008.1.2.7.3",
    };

    private TeachingFileServer Server => fixture.Server;

    /// <summary>Every transfer syntax known to the library that the SCP accepts for storage.</summary>
    public static TheoryData<string> AcceptedSyntaxes => new(
        TransferSyntax.All.Select(syntax => syntax.Uid).Where(uid => !RejectedSyntaxes.Contains(uid)));

    [Theory]
    [MemberData(nameof(AcceptedSyntaxes))]
    public async Task Accepted_syntax_is_stored_unchanged(string transferSyntaxUid)
    {
        Assert.True(fixture.Samples.TryGetValue(transferSyntaxUid, out var sample), "syntax_samples.py wrote no sample in " + transferSyntaxUid);

        await SendAsync(transferSyntaxUid, sample);

        var (source, stored) = Assert.Single(await StoredInstances.MatchAsync(Server, [sample]));
        await AssertStoredUnchangedAsync(source, stored);
    }

    [Fact]
    public async Task Extended_offset_table_is_kept()
    {
        var sample = fixture.Samples[SyntaxSamplesFixture.ExtendedOffsetTableKey];

        await SendAsync(TransferSyntax.Jpeg2000Lossless.Uid, sample);

        var (source, stored) = Assert.Single(await StoredInstances.MatchAsync(Server, [sample]));
        Assert.NotNull(source.ExtendedOffsetTableSha256);
        Assert.Equal(source.ExtendedOffsetTableSha256, stored.ExtendedOffsetTableSha256);
        Assert.Equal(source.ExtendedOffsetTableLengthsSha256, stored.ExtendedOffsetTableLengthsSha256);
        await AssertStoredUnchangedAsync(source, stored);
        await using var file = await DicomFile.OpenAsync(stored.Path);
        var frames = EncapsulatedFrames.Locate(file.Dataset, file.TransferSyntax);
        Assert.Equal(FrameLocationRule.ExtendedOffsetTable, frames.Rule);
        Assert.Equal(3, frames.Count);
    }

    public static TheoryData<string> RejectedSyntaxUids => new(RejectedSyntaxes);

    [Theory]
    [MemberData(nameof(RejectedSyntaxUids))]
    public async Task Rejected_syntax_context_is_not_accepted(string transferSyntaxUid)
    {
        var client = OwnClient();
        using var dataSet = new MemoryStream([0x08, 0x00, 0x16, 0x00]);

        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => client.StoreAsync(
            dataSet, "1.2.840.10008.5.1.4.1.1.7", "2.25.1", TransferSyntax.Lookup(transferSyntaxUid), CancellationToken.None));

        Assert.Contains("result 4", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// dcmsend without options proposes a lossless file's own syntax first and the uncompressed
    /// ones after it, and decompresses when the SCP picks an uncompressed one. The SCP picks the
    /// lossless syntax, so these synthetic codestreams, which no decoder could decompress, arrive
    /// and are stored as sent.
    /// </summary>
    [Theory]
    [InlineData("1.2.840.10008.1.2.4.57")]
    [InlineData("1.2.840.10008.1.2.4.70")]
    [InlineData("1.2.840.10008.1.2.4.80")]
    [InlineData("1.2.840.10008.1.2.4.90")]
    [InlineData("1.2.840.10008.1.2.5")]
    public async Task Dcmsend_default_proposal_keeps_lossless_syntax(string transferSyntaxUid)
    {
        var sample = fixture.Samples[transferSyntaxUid];

        var result = await Dcmtk.SendAsync(Server, SyntaxSamplesFixture.DcmsendAeTitle, [sample]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("with status SUCCESS  : 1", result.Output, StringComparison.Ordinal);
        var (source, stored) = Assert.Single(await StoredInstances.MatchAsync(Server, [sample]));
        Assert.Equal(source.TransferSyntax, stored.TransferSyntax);
    }

    private async Task SendAsync(string transferSyntaxUid, string sample)
    {
        if (StorescuProfileOfNativeSyntax.TryGetValue(transferSyntaxUid, out var profile))
        {
            var config = Path.Combine(AppContext.BaseDirectory, "Scripts", "storescu-native.cfg");
            var stored = await Dcmtk.StoreWithConfigAsync(Server, SyntaxSamplesFixture.StorescuAeTitle, config, profile, [sample]);
            Assert.True(stored.ExitCode == 0, stored.ToString());
            Assert.Contains("Received Store Response (Success)", stored.Output, StringComparison.Ordinal);
        }
        else if (UnknownToDcmtk367.Contains(transferSyntaxUid))
        {
            var status = await OwnClient().StoreAsync(sample, CancellationToken.None);
            Assert.True(status.IsSuccess, "C-STORE of " + sample + " returned status 0x" + status.Code.ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            var sent = await Dcmtk.SendAsync(Server, SyntaxSamplesFixture.DcmsendAeTitle, [sample], ownSyntaxOnly: true);
            Assert.True(sent.ExitCode == 0, sent.ToString());
            Assert.Contains("with status SUCCESS  : 1", sent.Output, StringComparison.Ordinal);
        }
    }

    private static async Task AssertStoredUnchangedAsync(DicomFileFacts source, DicomFileFacts stored)
    {
        var name = Path.GetFileName(source.Path);
        var expectedSyntax = source.Encapsulated ? source.TransferSyntax : TransferSyntax.ExplicitVRLittleEndian.Uid;
        Assert.True(expectedSyntax == stored.TransferSyntax, $"{name}: sent in {source.TransferSyntax}, stored as {stored.TransferSyntax}");
        Assert.True(source.PixelSha256 == stored.PixelSha256, $"{name}: Pixel Data bytes differ after storing");
        Assert.True(source.Encapsulated == stored.Encapsulated, $"{name}: encapsulation changed after storing");
        if (source.Encapsulated)
        {
            Assert.True(source.ItemSha256!.SequenceEqual(stored.ItemSha256!), $"{name}: Basic Offset Table or fragments differ after storing");
            await AssertFramesFoundAsync(stored.Path);
        }

        Assert.True(source.LossyImageCompression == stored.LossyImageCompression,
            $"{name}: Lossy Image Compression was '{source.LossyImageCompression}', stored '{stored.LossyImageCompression}'");
        Assert.True(source.LossyImageCompressionRatio == stored.LossyImageCompressionRatio,
            $"{name}: Lossy Image Compression Ratio was '{source.LossyImageCompressionRatio}', stored '{stored.LossyImageCompressionRatio}'");
        Assert.True(source.LossyImageCompressionMethod == stored.LossyImageCompressionMethod,
            $"{name}: Lossy Image Compression Method was '{source.LossyImageCompressionMethod}', stored '{stored.LossyImageCompressionMethod}'");

        var dump = await Dcmtk.DumpAsync(stored.Path);
        Assert.True(dump.ExitCode == 0, dump.ToString());
        Assert.DoesNotContain("E: ", dump.StandardError, StringComparison.Ordinal);
        var sourceErrors = await Dciodvfy.ErrorsAsync(source.Path);
        var storedErrors = await Dciodvfy.ErrorsAsync(stored.Path);
        var newErrors = storedErrors.Except(sourceErrors).ToList();
        Assert.True(newErrors.Count == 0, $"dciodvfy finds errors in the stored copy of {name} that the source does not have:\n{string.Join('\n', newErrors)}");
    }

    private static async Task AssertFramesFoundAsync(string path)
    {
        await using var file = await DicomFile.OpenAsync(path);
        var frames = EncapsulatedFrames.Locate(file.Dataset, file.TransferSyntax);
        var expected = frames.Rule == FrameLocationRule.VideoBitstream ? 1 : file.Dataset.GetInt32(DicomTags.NumberOfFrames);
        Assert.Equal(expected, frames.Count);
    }

    private DicomClient OwnClient() => new(new DicomClientOptions
    {
        Host = "127.0.0.1",
        Port = Server.DicomPort,
        CallingAeTitle = SyntaxSamplesFixture.OwnClientAeTitle,
        CalledAeTitle = Server.AeTitle,
    });
}
