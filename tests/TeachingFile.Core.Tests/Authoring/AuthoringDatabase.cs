using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Data;
using TeachingFile.Core.Identity;

namespace TeachingFile.Core.Tests.Authoring;

/// <summary>A fresh SQLite database file per test with two faculty members and an administrator.</summary>
internal sealed class AuthoringDatabase : IAsyncDisposable
{
    public const string Alice = "user-alice";
    public const string Bob = "user-bob";
    public const string AdminId = "user-admin";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tf-authoring-" + Guid.NewGuid().ToString("N"));

    private AuthoringDatabase()
    {
        Directory.CreateDirectory(_directory);
        var options = new DbContextOptionsBuilder<TeachingFileDbContext>()
            .UseSqlite("Data Source=" + Path.Combine(_directory, "test.db"))
            .Options;
        Db = new TeachingFileDbContext(options);
        Service = new CaseAuthoringService(
            Db, Index, TimeProvider.System, NullLogger<CaseAuthoringService>.Instance);
    }

    public TeachingFileDbContext Db { get; }

    public RecordingCaseIndex Index { get; } = new();

    public CaseAuthoringService Service { get; }

    public static CaseAuthor AliceAuthor { get; } = new(Alice, IsAdmin: false);

    public static CaseAuthor BobAuthor { get; } = new(Bob, IsAdmin: false);

    public static CaseAuthor Admin { get; } = new(AdminId, IsAdmin: true);

    public static async Task<AuthoringDatabase> CreateAsync()
    {
        var database = new AuthoringDatabase();
        await database.Db.Database.EnsureCreatedAsync();
        foreach (var id in new[] { Alice, Bob, AdminId })
        {
            database.Db.Users.Add(new ApplicationUser { Id = id, UserName = id, Email = id + "@example.org" });
        }

        await database.Db.SaveChangesAsync();
        return database;
    }

    public async Task<TeachingCase> AddCaseAsync(string? ownerId, string title = "", bool pixelReview = false)
    {
        var now = DateTimeOffset.UtcNow;
        var teachingCase = new TeachingCase
        {
            OwnerId = ownerId,
            Title = title,
            Findings = "Consolidation in the right lower lobe.",
            PixelReviewRequired = pixelReview,
            CreatedAt = now,
            UpdatedAt = now,
            AgeGroup = "adult",
            PatientSex = "F",
            Tags =
            [
                new CaseTag { Kind = TagKind.Modality, Value = "CR", IsAutomatic = true },
                new CaseTag { Kind = TagKind.BodyPart, Value = "CHEST", IsAutomatic = true },
                new CaseTag { Kind = TagKind.Topic, Value = "chest.pneumonia", IsAutomatic = true },
            ],
        };
        Db.Cases.Add(teachingCase);
        await Db.SaveChangesAsync();
        Db.ChangeTracker.Clear();
        return teachingCase;
    }

    public async Task<TeachingCase> ReloadAsync(int caseId)
    {
        Db.ChangeTracker.Clear();
        return await Db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
