using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Identity;
using TeachingFile.Core.Nodes;

namespace TeachingFile.Core.Data;

// NOTE: placeholder for the web branch until the core-ingest branch's model lands on main; on merge
// this file is replaced by theirs.
public sealed class TeachingFileDbContext(DbContextOptions<TeachingFileDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<TeachingCase> Cases => Set<TeachingCase>();

    public DbSet<CaseTag> CaseTags => Set<CaseTag>();

    public DbSet<Study> Studies => Set<Study>();

    public DbSet<Series> Series => Set<Series>();

    public DbSet<Instance> Instances => Set<Instance>();

    public DbSet<DicomNode> DicomNodes => Set<DicomNode>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeConverter>();
    }
}
