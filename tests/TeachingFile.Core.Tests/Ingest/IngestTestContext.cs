using Microsoft.Extensions.DependencyInjection;
using TeachingFile.Core.Identity;
using TeachingFile.Core.Ingest;
using TeachingFile.Core.Tests.Infrastructure;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Tests.Ingest;

/// <summary>A Core host with three nodes (owned, owner without account, no owner) and one faculty user.</summary>
public sealed class IngestTestContext : IAsyncDisposable
{
    public const string OwnedNode = "CT_SCANNER_1";
    public const string OrphanOwnerNode = "NO_ACCOUNT";
    public const string InboxNode = "INBOX_NODE";
    public const string FacultyEmail = "faculty@example.org";

    private IngestTestContext(CoreTestHost host, string facultyId)
    {
        Host = host;
        FacultyId = facultyId;
    }

    public CoreTestHost Host { get; }

    public string FacultyId { get; }

    public IngestService Ingest => Host.Services.GetRequiredService<IngestService>();

    public string SpoolDirectory => Path.Combine(Host.Root, "spool");

    public static async Task<IngestTestContext> StartAsync()
    {
        var host = await CoreTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Dicom:Nodes:0:AeTitle"] = OwnedNode,
            ["Dicom:Nodes:0:Owner"] = FacultyEmail,
            ["Dicom:Nodes:1:AeTitle"] = OrphanOwnerNode,
            ["Dicom:Nodes:1:Owner"] = "nobody@example.org",
            ["Dicom:Nodes:2:AeTitle"] = InboxNode,
        });
        var user = new ApplicationUser
        {
            UserName = FacultyEmail,
            NormalizedUserName = FacultyEmail.ToUpperInvariant(),
            Email = FacultyEmail,
            NormalizedEmail = FacultyEmail.ToUpperInvariant(),
            DisplayName = "Faculty Member",
        };
        await host.WithDbAsync(async db =>
        {
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        return new IngestTestContext(host, user.Id);
    }

    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static DicomAssociationInfo Association(string callingAe, string? id = null) =>
        new(id ?? Guid.NewGuid().ToString("N")[..8], callingAe, "TEACHFILE", null);

    /// <summary>Spools a test file and stores it as a C-STORE would; returns the status and the request.</summary>
    public async Task<(DicomStatus Status, DicomStoreRequest Request)> StoreAsync(
        string testFile, DicomAssociationInfo association, string? affectedSopInstanceUid = null)
    {
        var spool = await SpoolFiles.FromPart10Async(TestFile(testFile), SpoolDirectory);
        var request = new DicomStoreRequest(association, 1, spool.SopClassUid, affectedSopInstanceUid ?? spool.SopInstanceUid,
            spool.TransferSyntax, spool.Path, new FileInfo(spool.Path).Length);
        var status = await Ingest.StoreAsync(request, CancellationToken.None);
        return (status, request);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
