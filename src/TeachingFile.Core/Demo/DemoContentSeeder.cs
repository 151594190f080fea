using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Data;
using TeachingFile.Core.Identity;
using TeachingFile.Core.Nodes;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Demo;

/// <summary>
/// Loads the demo cases into an empty database. The synthetic studies go through the real ingest
/// path, as C-STORE requests from the node <see cref="NodeAeTitle"/>, so they are de-identified,
/// stored and filed like any study. Then each draft gets its text from content/demo and is published
/// through <see cref="CaseAuthoringService"/>, which also indexes it.
/// </summary>
public sealed partial class DemoContentSeeder(
    TeachingFileDbContext db,
    IDicomStoreHandler ingest,
    DicomNodeService nodes,
    CaseAuthoringService authoring,
    IOptions<StorageOptions> storage,
    ILogger<DemoContentSeeder> logger)
{
    /// <summary>Calling AE title of the demo studies; the node is created, owned by the seeding user, when missing.</summary>
    public const string NodeAeTitle = "DEMO";

    private const string CalledAeTitle = "TEACHINGFILE";

    /// <summary>
    /// Seeds the demo cases when the database has no case at all, and returns the ids of the
    /// published cases (empty when the database already had cases). The cases belong to
    /// <paramref name="owner"/> unless the DEMO node exists already with another owner; they are
    /// edited and published with administrator rights.
    /// </summary>
    /// <exception cref="InvalidOperationException">Ingest rejected an instance, or a case could not be published.</exception>
    public async Task<IReadOnlyList<int>> SeedIfEmptyAsync(ApplicationUser owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (await db.Cases.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            LogSkipped(logger);
            return [];
        }

        await EnsureNodeAsync(owner, cancellationToken).ConfigureAwait(false);
        var author = new CaseAuthor(owner.Id, IsAdmin: true);
        var published = new List<int>();
        foreach (var study in SyntheticStudyGenerator.CreateAll())
        {
            var caseId = await IngestAsync(study, cancellationToken).ConfigureAwait(false);
            await PublishAsync(caseId, study.Key, author, cancellationToken).ConfigureAwait(false);
            published.Add(caseId);
        }

        LogSeeded(logger, published.Count);
        return published;
    }

    private async Task EnsureNodeAsync(ApplicationUser owner, CancellationToken cancellationToken)
    {
        var existing = await db.DicomNodes.AsNoTracking()
            .AnyAsync(n => n.AeTitle == NodeAeTitle, cancellationToken).ConfigureAwait(false);
        if (!existing)
        {
            await nodes.AddAsync(NodeAeTitle, owner.Email, "Synthetic demo studies", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores every instance of the study over the ingest path and returns the draft case it created.</summary>
    private async Task<int> IngestAsync(SyntheticStudy study, CancellationToken cancellationToken)
    {
        var before = await db.Cases.Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var association = new DicomAssociationInfo("demo-" + study.Key, NodeAeTitle, CalledAeTitle, RemoteEndPoint: null);
        Directory.CreateDirectory(storage.Value.TempDirectory);
        ushort messageId = 0;
        foreach (var instance in study.Instances)
        {
            var spool = Path.Combine(storage.Value.TempDirectory, $"demo-{Guid.NewGuid():N}.spool");
            try
            {
                var length = await SyntheticStudyWriter.WriteSpoolFileAsync(instance, spool, cancellationToken).ConfigureAwait(false);
                var request = new DicomStoreRequest(
                    association,
                    ++messageId,
                    instance.GetString(DicomTags.SOPClassUID)!,
                    instance.GetString(DicomTags.SOPInstanceUID)!,
                    TransferSyntax.ExplicitVRLittleEndian,
                    spool,
                    length);
                var status = await ingest.StoreAsync(request, cancellationToken).ConfigureAwait(false);
                if (!IsStored(status))
                {
                    throw new InvalidOperationException(
                        $"Ingest rejected demo study {study.Key} instance {messageId} with status 0x{status.Code:X4}: see the ingest log.");
                }
            }
            finally
            {
                File.Delete(spool);
            }
        }

        await ingest.OnAssociationClosedAsync(association, cancellationToken).ConfigureAwait(false);
        var created = await db.Cases.Where(c => !before.Contains(c.Id)).Select(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return created.Count == 1
            ? created[0]
            : throw new InvalidOperationException(
                $"Demo study {study.Key} created {created.Count} cases, expected 1: was another study stored at the same time?");
    }

    private async Task PublishAsync(int caseId, string key, CaseAuthor author, CancellationToken cancellationToken)
    {
        var text = DemoCaseText.Load(key);
        var updated = await authoring.UpdateTextAsync(caseId, text, author, expectedUpdatedAt: null, cancellationToken)
            .ConfigureAwait(false);
        var result = updated.Succeeded
            ? await authoring.PublishAsync(caseId, author, cancellationToken).ConfigureAwait(false)
            : updated;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Publishing demo case {key} (case {caseId}) failed: {result.Status}, {result.Message}");
        }
    }

    /// <summary>True for Success and the C-STORE warning statuses (PS3.4 Table B.2-1), which also mean stored.</summary>
    private static bool IsStored(DicomStatus status) =>
        status.IsSuccess || (status.Code & 0xF000) == 0xB000;

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "The database has cases already; demo content not loaded")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Loaded and published {CaseCount} demo cases")]
    private static partial void LogSeeded(ILogger logger, int caseCount);
}
