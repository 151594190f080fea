using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TeachingFile.Core.Configuration;
using TeachingFile.Core.Data;

namespace TeachingFile.Migrations.Sqlite;

/// <summary>
/// Lets dotnet-ef build the model without the web host. The connection string is never opened
/// when adding a migration; it matters only for "dotnet ef database update" against this project.
/// </summary>
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
