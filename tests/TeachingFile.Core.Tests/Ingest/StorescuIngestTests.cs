using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Cases;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Tests.Ingest;

/// <summary>DCMTK storescu against our SCP wired to the ingest handler and node policy (loopback only).</summary>
public sealed class StorescuIngestTests
{
    [Fact]
    public async Task Storescu_instances_land_in_tagged_drafts()
    {
        await using var context = await IngestTestContext.StartAsync();
        await using var server = await StartServerAsync(context);

        var result = await RunStorescuAsync(IngestTestContext.OwnedNode, server.Port,
            IngestTestContext.TestFile("CT_small_chest.dcm"), IngestTestContext.TestFile("MR_small.dcm"));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(2, await context.Host.WithDbAsync(db => db.Cases.CountAsync(c => c.OwnerId == context.FacultyId)));
        var tagged = await WaitForAsync(() => context.Host.WithDbAsync(
            db => db.CaseTags.AnyAsync(t => t.Kind == TagKind.BodyPart && t.Value == "CHEST")));
        Assert.True(tagged, "the CT chest case was not tagged after the association closed");
    }

    [Fact]
    public async Task Storescu_from_unknown_ae_is_rejected()
    {
        await using var context = await IngestTestContext.StartAsync();
        await using var server = await StartServerAsync(context);

        var result = await RunStorescuAsync("UNKNOWN_AE", server.Port, IngestTestContext.TestFile("MR_small.dcm"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Calling AE Title Not Recognized", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await context.Host.WithDbAsync(db => db.Cases.CountAsync()));
    }

    private static async Task<DicomServer> StartServerAsync(IngestTestContext context)
    {
        var options = Options.Create(new DicomServerOptions
        {
            Port = 0,
            BindAddress = "127.0.0.1",
            SpoolDirectory = Path.Combine(context.Host.Root, "tmp", "spool"),
        });
        var server = new DicomServer(options, context.Ingest,
            context.Host.Services.GetRequiredService<IDicomAssociationPolicy>(),
            context.Host.Services.GetRequiredService<ILogger<DicomServer>>());
        await server.StartAsync(CancellationToken.None);
        return server;
    }

    private static async Task<(int ExitCode, string Output)> RunStorescuAsync(string callingAe, int port, params string[] files)
    {
        var start = new ProcessStartInfo("storescu")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-v", "-aet", callingAe, "-aec", "TEACHFILE", "127.0.0.1", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TCP_NODELAY"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("storescu (DCMTK) did not start; install dcmtk.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
