using TeachingFile.Interop.Tests.Infrastructure;

namespace TeachingFile.Interop.Tests;

/// <summary>Association negotiation against DCMTK's echoscu.</summary>
public sealed class AssociationTests(DicomServerFixture fixture) : IClassFixture<DicomServerFixture>
{
    private TeachingFileServer Server => fixture.Server;

    [Fact]
    public async Task Echo_from_registered_node_succeeds()
    {
        var result = await Dcmtk.EchoAsync(Server, "ECHOSCU");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Received Echo Response (Success)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_to_wrong_called_AE_is_rejected()
    {
        var result = await Dcmtk.EchoAsync(Server, "ECHOSCU", calledAeTitle: "NOTTEACHFILE");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("Association Rejected", result.Output, StringComparison.Ordinal);
        Assert.Contains("Called AE Title Not Recognized", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_from_unknown_calling_AE_is_rejected()
    {
        var result = await Dcmtk.EchoAsync(Server, "UNKNOWNNODE");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("Association Rejected", result.Output, StringComparison.Ordinal);
        Assert.Contains("Calling AE Title Not Recognized", result.Output, StringComparison.Ordinal);
    }
}
