using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeachingFile.Core.Authoring;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Data;
using TeachingFile.Core.Demo;
using TeachingFile.Core.Identity;
using TeachingFile.Core.Nodes;
using TeachingFile.Core.Tests.Authoring;
using TeachingFile.Core.Tests.Infrastructure;
using TeachingFile.Dicom;
using TeachingFile.Dicom.Network;

namespace TeachingFile.Core.Tests.Demo;

public sealed class DemoContentSeederTests : IAsyncDisposable
{
    private const string OwnerEmail = "demo-owner@example.org";

    private readonly RecordingCaseIndex _index = new();
    private CoreTestHost? _host;
    private ApplicationUser? _owner;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Seeding_publishes_every_demo_case()
    {
        var ids = await SeedAsync();

        var cases = await Host.WithDbAsync(db => db.Cases.Include(c => c.Tags).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids, cases.Select(c => c.Id));
        Assert.All(cases, c => Assert.Equal(CaseStatus.Published, c.Status));
        Assert.All(cases, c => Assert.Equal(_owner!.Id, c.OwnerId));
        Assert.All(cases, c => Assert.Equal(DemoContentSeeder.NodeAeTitle, c.SourceAeTitle));
        Assert.Equal(DemoCaseText.Load(SyntheticStudyGenerator.SolitaryPulmonaryNodule).Title, cases[0].Title);
        Assert.Contains(cases[0].Tags, tag => tag.Kind == TagKind.Modality && tag.Value == "CT");
        Assert.Equal(ids.Order(), _index.Documents.Keys.Order());
    }

    [Fact]
    public async Task Seeding_stores_every_instance_de_identified()
    {
        await SeedAsync();

        var instances = await Host.WithDbAsync(db => db.Instances.ToListAsync());
        Assert.Equal(SyntheticStudyGenerator.CreateAll().Sum(s => s.Instances.Count), instances.Count);
        foreach (var instance in instances)
        {
            var path = Path.Combine(Host.Root, "dicom", instance.RelativePath);
            await using var file = await DicomFile.OpenAsync(path);
            Assert.DoesNotContain("DEMO^", file.Dataset.GetString(DicomTags.PatientName) ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("DEMO-000", Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Seeding_leaves_no_spool_files()
    {
        await SeedAsync();

        var storage = Host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Empty(Directory.GetFiles(storage.TempDirectory, "demo-*"));
    }

    [Fact]
    public async Task Seeding_skips_database_with_cases()
    {
        await SeedAsync();

        var second = await SeedAsync();

        Assert.Empty(second);
        Assert.Equal(4, await Host.WithDbAsync(db => db.Cases.CountAsync()));
    }

    private CoreTestHost Host => _host!;

    private async Task<IReadOnlyList<int>> SeedAsync()
    {
        if (_host is null)
        {
            _host = await CoreTestHost.StartAsync();
            _owner = new ApplicationUser
            {
                UserName = OwnerEmail,
                NormalizedUserName = OwnerEmail.ToUpperInvariant(),
                Email = OwnerEmail,
                NormalizedEmail = OwnerEmail.ToUpperInvariant(),
                DisplayName = "Demo Owner",
            };
            await _host.WithDbAsync(db =>
            {
                db.Users.Add(_owner);
                return db.SaveChangesAsync();
            });
        }

        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TeachingFileDbContext>();
        var authoring = new CaseAuthoringService(db, _index, TimeProvider.System, NullLogger<CaseAuthoringService>.Instance);
        var seeder = new DemoContentSeeder(
            db,
            services.GetRequiredService<IDicomStoreHandler>(),
            services.GetRequiredService<DicomNodeService>(),
            authoring,
            services.GetRequiredService<IOptions<StorageOptions>>(),
            NullLogger<DemoContentSeeder>.Instance);
        return await seeder.SeedIfEmptyAsync(_owner!, CancellationToken.None);
    }
}
