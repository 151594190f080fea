using TeachingFile.Dicom.Network;

namespace TeachingFile.Dicom.Tests.Network;

public sealed class StoreScpPeerTests
{
    [Fact]
    public async Task Client_echo_to_storescp_succeeds()
    {
        await using var storescp = await IsolatedStoreScp.StartAsync();

        var status = await Client(storescp).EchoAsync(CancellationToken.None);

        Assert.Equal(DicomStatus.Success, status);
    }

    [Fact]
    public async Task Client_store_to_storescp_writes_identical_data_set()
    {
        await using var storescp = await IsolatedStoreScp.StartAsync();
        var path = NetworkTestData.PathOf("pydicom-data__emri_small.dcm");

        var status = await Client(storescp).StoreAsync(path, CancellationToken.None);

        Assert.Equal(DicomStatus.Success, status);
        var received = Assert.Single(Directory.GetFiles(storescp.OutputDirectory));
        Assert.Equal(NetworkTestData.DataSetBytes(path), NetworkTestData.DataSetBytes(received));
    }

    private static DicomClient Client(IsolatedStoreScp storescp) => new(new DicomClientOptions
    {
        Port = storescp.Port,
        CallingAeTitle = "TEACHFILE_SCU",
        CalledAeTitle = IsolatedStoreScp.AeTitle,
        Timeout = TimeSpan.FromSeconds(10),
    });
}
