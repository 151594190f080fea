using Xunit.Abstractions;
using System.Globalization;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class EchoScuTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Echoscu_known_peer_is_accepted_and_answered()
    {
        await using var server = await TestServer.StartAsync(output);

        var result = await DcmtkTool.RunAsync(
            "echoscu", "-v", "-aet", TestServer.KnownCallingAe, "-aec", TestServer.AeTitle, "127.0.0.1", Port(server));

        output.WriteLine(result.Output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Received Echo Response (Success)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echoscu_wrong_called_ae_rejected()
    {
        await using var server = await TestServer.StartAsync(output);

        var result = await DcmtkTool.RunAsync(
            "echoscu", "-v", "-aet", TestServer.KnownCallingAe, "-aec", "SOMEONE_ELSE", "127.0.0.1", Port(server));

        output.WriteLine(result.Output);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Called AE Title Not Recognized", result.Output, StringComparison.Ordinal);
        Assert.Contains(server.Logger.Lines, line => line.Contains("rejected (1/1/7)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Echoscu_unknown_calling_ae_rejected()
    {
        await using var server = await TestServer.StartAsync(output);

        var result = await DcmtkTool.RunAsync(
            "echoscu", "-v", "-aet", "STRANGER", "-aec", TestServer.AeTitle, "127.0.0.1", Port(server));

        output.WriteLine(result.Output);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Calling AE Title Not Recognized", result.Output, StringComparison.Ordinal);
        Assert.Contains(server.Logger.Lines, line => line.Contains("rejected (1/1/3)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Echoscu_repeated_echoes_succeed()
    {
        await using var server = await TestServer.StartAsync(output);

        var result = await DcmtkTool.RunAsync(
            "echoscu", "-v", "--repeat", "5", "-aet", TestServer.KnownCallingAe, "-aec", TestServer.AeTitle,
            "127.0.0.1", Port(server));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(5, CountOccurrences(result.Output, "Received Echo Response (Success)"));
        Assert.Single(server.Handler.Closed);
    }

    private static string Port(TestServer server) => server.Port.ToString(CultureInfo.InvariantCulture);

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
