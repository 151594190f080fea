namespace TeachingFile.Core.Configuration;

public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
}
