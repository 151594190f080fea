using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>Reads the server's SQLite database read-only while the server runs.</summary>
internal static class SqliteDump
{
    public static async Task<IReadOnlyList<string>> TableNamesAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Row count of every table, by table name.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        foreach (var table in await TableNamesAsync(databasePath, cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>Every row of every table as text: "table: value | value | …", blobs as UTF-8 and Latin-1.</summary>
    public static async Task<IReadOnlyList<string>> AllRowsAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        var rows = new List<string>();
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        foreach (var table in await TableNamesAsync(databasePath, cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => CellText(reader, i));
                rows.Add(table + ": " + string.Join(" | ", cells));
            }
        }

        return rows;
    }

    /// <summary>Runs one query and returns each row's cells as text (NULL as "NULL").</summary>
    public static async Task<IReadOnlyList<string[]>> QueryAsync(
        string databasePath, string sql, CancellationToken cancellationToken = default)
    {
        var rows = new List<string[]>();
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => CellText(reader, i))]);
        }

        return rows;
    }

    private static string CellText(SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return "NULL";
        }

        var value = reader.GetValue(ordinal);
        return value is byte[] bytes
            ? Encoding.UTF8.GetString(bytes) + " " + Encoding.Latin1.GetString(bytes)
            : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        Assert.True(File.Exists(databasePath), $"The server's SQLite database {databasePath} does not exist.");
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
