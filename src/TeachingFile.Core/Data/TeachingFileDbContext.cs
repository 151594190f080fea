using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TeachingFile.Core.Cases;
using TeachingFile.Core.Identity;
using TeachingFile.Core.Nodes;

namespace TeachingFile.Core.Data;

/// <summary>
/// The provider-neutral EF Core model: Identity tables, cases and their de-identified studies, and
/// DICOM nodes. Migrations live in TeachingFile.Migrations.Sqlite and TeachingFile.Migrations.SqlServer.
/// </summary>
/// <remarks>
/// Every <see cref="DateTimeOffset"/> is stored as a UTC <see cref="DateTime"/> (SQLite TEXT in ISO
/// order, SQL Server datetime2), because SQLite cannot compare or ORDER BY a DateTimeOffset. Values
/// read back always have offset zero.
/// </remarks>
public sealed class TeachingFileDbContext(DbContextOptions<TeachingFileDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<TeachingCase> Cases => Set<TeachingCase>();

    public DbSet<CaseTag> CaseTags => Set<CaseTag>();

    public DbSet<Study> Studies => Set<Study>();

    public DbSet<Series> Series => Set<Series>();

    public DbSet<Instance> Instances => Set<Instance>();

    public DbSet<DicomNode> DicomNodes => Set<DicomNode>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TeachingFileDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeConverter>();
    }
}
