using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Nodes;
using TeachingFile.Core.Tests.Infrastructure;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Tests.Nodes;

public sealed class NodeAssociationPolicyTests
{
    private static Task<CoreTestHost> StartWithNodeAsync() => CoreTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Dicom:Nodes:0:AeTitle"] = "CT_SCANNER_1",
    });

    [Fact]
    public async Task Registered_calling_ae_is_accepted()
    {
        await using var host = await StartWithNodeAsync();
        var policy = host.Services.GetRequiredService<IDicomAssociationPolicy>();

        var rejection = await policy.CheckAsync("CT_SCANNER_1", "TEACHFILE", CancellationToken.None);

        Assert.Null(rejection);
    }

    [Fact]
    public async Task Unknown_calling_ae_is_rejected()
    {
        await using var host = await StartWithNodeAsync();
        var policy = host.Services.GetRequiredService<IDicomAssociationPolicy>();

        var rejection = await policy.CheckAsync("CT_SCANNER_4", "TEACHFILE", CancellationToken.None);

        Assert.NotNull(rejection);
        Assert.Equal(1, rejection.Result);
        Assert.Equal(1, rejection.Source);
        Assert.Equal(3, rejection.Reason);
        Assert.Equal(
            "Calling AE title 'CT_SCANNER_4' is not a registered node; add it under Dicom:Nodes or on the Nodes page",
            rejection.LogMessage);
    }

    [Fact]
    public async Task Node_added_on_page_is_accepted_at_once()
    {
        await using var host = await StartWithNodeAsync();
        var policy = host.Services.GetRequiredService<IDicomAssociationPolicy>();
        Assert.NotNull(await policy.CheckAsync("NEW_PACS", "TEACHFILE", CancellationToken.None));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<DicomNodeService>();
            await service.AddAsync("NEW_PACS", "faculty@example.org", null, CancellationToken.None);
        }

        Assert.Null(await policy.CheckAsync("NEW_PACS", "TEACHFILE", CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("SEVENTEEN_CHARS_X")]
    [InlineData("BACK\\SLASH")]
    public void Invalid_ae_titles_are_rejected_by_the_node_service(string aeTitle)
    {
        var error = Assert.Throws<ArgumentException>(() => DicomNodeService.NormalizeAeTitle(aeTitle));

        Assert.Contains("AE title", error.Message, StringComparison.Ordinal);
    }
}
