namespace TeachingFile.Core.Configuration;

/// <summary>Database selection (configuration section "Database" and ConnectionStrings:TeachingFile).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "TeachingFile";

    public const string SqliteMigrationsAssembly = "TeachingFile.Migrations.Sqlite";

    public const string SqlServerMigrationsAssembly = "TeachingFile.Migrations.SqlServer";

    /// <summary>Sqlite (default) or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// From ConnectionStrings:TeachingFile. Required for SqlServer; for Sqlite the default is
    /// "Data Source={Storage:Root}/teachingfile.db".
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Applies pending migrations on start (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;

    public string MigrationsAssembly => Provider == DatabaseProvider.SqlServer
        ? SqlServerMigrationsAssembly
        : SqliteMigrationsAssembly;

    public static string DefaultSqliteConnectionString(string storageRoot) =>
        "Data Source=" + Path.Combine(storageRoot, "teachingfile.db");
}
