using System.Globalization;
using TeachingFile.Dicom.Network;
using Xunit.Abstractions;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class StoreScuTests(ITestOutputHelper output)
{
    // The data sets end without Data Set Trailing Padding (FFFC,FFFC), which DCMTK drops when sending. The spool
    // sizes cover a data set kept in memory, one spooled to a file from the start, and one moved to a file midway.
    [Theory]
    [InlineData("pydicom__test-SR.dcm", 262144u, 4 * 1024 * 1024)]
    [InlineData("pydicom-data__emri_small.dcm", 4096u, 4 * 1024 * 1024)]
    [InlineData("pydicom-data__emri_small.dcm", 4096u, 0)]
    [InlineData("pydicom-data__emri_small.dcm", 4096u, 10_000)]
    public async Task Storescu_explicit_file_arrives_byte_identical(string fileName, uint serverMaxPdu, int spoolMemoryBytes)
    {
        await using var server = await TestServer.StartAsync(
            output, o => (o.MaxPduLength, o.SpoolMemoryBytes) = (serverMaxPdu, spoolMemoryBytes));
        var path = NetworkTestData.PathOf(fileName);

        var result = await DcmtkTool.RunAsync(
            "storescu", "-v", "-aet", "STORESCU", "-aec", TestServer.AeTitle, "127.0.0.1", Port(server), path);

        output.WriteLine(result.Output);
        Assert.Equal(0, result.ExitCode);
        var (request, bytes) = Assert.Single(server.Handler.Stored);
        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, request.TransferSyntax);
        Assert.Equal(NetworkTestData.DataSetBytes(path), bytes);
        Assert.Equal(bytes.Length, request.DataSetLength);
        Assert.Equal(bytes.Length <= spoolMemoryBytes, request.SpoolPath is null);
        Assert.Equal("STORESCU", request.Association.CallingAeTitle);
        Assert.Empty(server.SpoolFiles());
    }

    [Fact]
    public async Task Storescu_handler_status_is_sent_back()
    {
        await using var server = await TestServer.StartAsync(output);
        server.Handler.Respond = _ => DicomStatus.CannotUnderstand;

        var result = await DcmtkTool.RunAsync(
            "storescu", "-v", "-aet", "STORESCU", "-aec", TestServer.AeTitle, "127.0.0.1", Port(server),
            NetworkTestData.PathOf("pydicom__CT_small.dcm"));

        output.WriteLine(result.Output);
        Assert.Contains("Received Store Response (Error: CannotUnderstand)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storescu_handler_exception_sends_0110()
    {
        await using var server = await TestServer.StartAsync(output);
        server.Handler.Respond = _ => throw new InvalidOperationException("disk full");
        var path = NetworkTestData.PathOf("pydicom__CT_small.dcm");

        var result = await DcmtkTool.RunAsync(
            "storescu", "-v", "-aet", "STORESCU", "-aec", TestServer.AeTitle, "127.0.0.1", Port(server), path);

        output.WriteLine(result.Output);
        Assert.Contains("Received Store Response (Unknown Status: 0x110)", result.Output, StringComparison.Ordinal);
        Assert.Contains(server.Logger.Lines, line => line.Contains(" 3132 ", StringComparison.Ordinal));
        var instanceUid = Assert.Single(server.Handler.Stored).Request.AffectedSopInstanceUid;
        Assert.DoesNotContain(server.Logger.Lines, line => line.Contains(instanceUid, StringComparison.Ordinal));
        Assert.Empty(server.SpoolFiles());
    }

    [Fact]
    public async Task Storescu_oversized_data_set_sends_A700()
    {
        await using var server = await TestServer.StartAsync(output, o => o.MaxDataSetBytes = 10_000);

        var result = await DcmtkTool.RunAsync(
            "storescu", "-v", "-aet", "STORESCU", "-aec", TestServer.AeTitle, "127.0.0.1", Port(server),
            NetworkTestData.PathOf("pydicom__CT_small.dcm"));

        output.WriteLine(result.Output);
        Assert.Contains("Received Store Response (Refused: OutOfResources)", result.Output, StringComparison.Ordinal);
        Assert.Empty(server.Handler.Stored);
        Assert.Empty(server.SpoolFiles());
    }

    [Fact]
    public async Task Storescu_low_disk_space_sends_A700()
    {
        // More free space than any disk has: every C-STORE meets a volume under its minimum.
        await using var server = await TestServer.StartAsync(output, o => o.MinFreeDiskBytes = long.MaxValue);

        var result = await DcmtkTool.RunAsync(
            "storescu", "-v", "-aet", "STORESCU", "-aec", TestServer.AeTitle, "127.0.0.1", Port(server),
            NetworkTestData.PathOf("pydicom__CT_small.dcm"));

        output.WriteLine(result.Output);
        Assert.Contains("Received Store Response (Refused: OutOfResources)", result.Output, StringComparison.Ordinal);
        Assert.Contains(server.Logger.Lines, line => line.Contains("under Dicom:MinFreeDiskBytes", StringComparison.Ordinal));
        Assert.Empty(server.Handler.Stored);
        Assert.Empty(server.SpoolFiles());
        Assert.Equal(DicomStatus.Success, await server.EchoAsync());
    }

    [Fact]
    public async Task Dcmsend_jpeg_keeps_compressed_syntax()
    {
        await using var server = await TestServer.StartAsync(output);
        var path = NetworkTestData.PathOf("pydicom__SC_rgb_jpeg_dcmtk.dcm");

        var result = await DcmtkTool.RunAsync(
            "dcmsend", "-v", "-aet", "STORESCU", "-aec", TestServer.AeTitle, "127.0.0.1", Port(server), path);

        output.WriteLine(result.Output);
        Assert.Equal(0, result.ExitCode);
        var (request, bytes) = Assert.Single(server.Handler.Stored);
        Assert.Equal(TransferSyntax.JpegBaseline8Bit, request.TransferSyntax);
        Assert.Equal(NetworkTestData.DataSetBytes(path), bytes);
    }

    private static string Port(TestServer server) => server.Port.ToString(CultureInfo.InvariantCulture);
}
