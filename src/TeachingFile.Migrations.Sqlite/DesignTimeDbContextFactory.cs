using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Data;

namespace TeachingFile.Migrations.Sqlite;

/// <summary>
/// Lets dotnet-ef build the model without the web host. The connection string is never opened
/// when adding a migration; it matters only for "dotnet ef database update" against this project.
/// </summary>
/// <remarks>
/// After a model change, from the repository root (dotnet-ef is a local tool in .config/dotnet-tools.json):
/// <code>
/// dotnet tool restore
/// dotnet build src/TeachingFile.Migrations.Sqlite
/// dotnet ef migrations add NAME --project src/TeachingFile.Migrations.Sqlite --startup-project src/TeachingFile.Migrations.Sqlite --output-dir Migrations
/// </code>
/// Run it for both migrations projects so SQLite and SQL Server stay in step.
/// </remarks>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TeachingFileDbContext>
{
    public TeachingFileDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TeachingFileDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly))
            .Options;
        return new TeachingFileDbContext(options);
    }
}
