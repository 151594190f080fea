using System.Globalization;
using System.Security.Cryptography;
using TeachingFile.Dicom;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>
/// The instance rows, the files under dicom/ and tmp/ of a data root, and which generated instance
/// each stored file contains (matched by the SHA-256 of its Pixel Data).
/// </summary>
internal sealed class DataRootSnapshot
{
    private const string InstanceQuery = """
        SELECT i.SopInstanceUid, i.RelativePath, i.FileSize, s.SeriesInstanceUid, st.StudyInstanceUid, st.CaseId
        FROM Instances i
        JOIN Series s ON s.Id = i.SeriesId
        JOIN Studies st ON st.Id = s.StudyId
        ORDER BY i.RelativePath
        """;

    private DataRootSnapshot(
        IReadOnlyList<StoredInstanceRow> rows, IReadOnlyList<string> storedFiles, IReadOnlyList<string> tempFiles,
        IReadOnlyDictionary<string, StoredFileContent> contents)
    {
        Rows = rows;
        StoredFiles = storedFiles;
        TempFiles = tempFiles;
        Contents = contents;
    }

    public IReadOnlyList<StoredInstanceRow> Rows { get; }

    /// <summary>Files under dicom/, relative to it with forward slashes.</summary>
    public IReadOnlyList<string> StoredFiles { get; }

    /// <summary>Files under tmp/ and its subfolders, full paths.</summary>
    public IReadOnlyList<string> TempFiles { get; }

    /// <summary>The content of each stored file by relative path, with an error for a file that fails to parse.</summary>
    public IReadOnlyDictionary<string, StoredFileContent> Contents { get; }

    public static async Task<DataRootSnapshot> TakeAsync(
        string storageRoot, IReadOnlyList<GeneratedInstance> sources, CancellationToken cancellationToken)
    {
        var dicomRoot = Path.Combine(storageRoot, "dicom");
        var tempRoot = Path.Combine(storageRoot, "tmp");
        var rows = (await SqliteDump.QueryAsync(Path.Combine(storageRoot, "teachingfile.db"), InstanceQuery, cancellationToken))
            .Select(r => new StoredInstanceRow(r[0], r[1], long.Parse(r[2], CultureInfo.InvariantCulture), r[3], r[4], r[5]))
            .ToList();
        var storedFiles = ListFiles(dicomRoot)
            .Select(path => Path.GetRelativePath(dicomRoot, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        var sourceByPixelHash = sources.ToDictionary(s => s.PixelSha256, StringComparer.Ordinal);
        var contents = new Dictionary<string, StoredFileContent>(StringComparer.Ordinal);
        foreach (var relativePath in storedFiles)
        {
            contents[relativePath] = await ReadAsync(Path.Combine(dicomRoot, relativePath), sourceByPixelHash, cancellationToken);
        }

        return new DataRootSnapshot(rows, storedFiles, ListFiles(tempRoot), contents);
    }

    private static List<string> ListFiles(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    // Reads every value into memory (no large value is left in the file), so a truncated file fails here.
    private static async Task<StoredFileContent> ReadAsync(
        string path, IReadOnlyDictionary<string, GeneratedInstance> sourceByPixelHash, CancellationToken cancellationToken)
    {
        try
        {
            var options = new DicomReadOptions { LargeValueThreshold = long.MaxValue };
            using var file = await DicomFile.OpenAsync(path, options, cancellationToken);
            var pixelData = file.Dataset[DicomTags.PixelData] as DicomElement;
            var pixelHash = pixelData is null ? string.Empty : Convert.ToHexString(SHA256.HashData(pixelData.Value.ToArray()));
            return new StoredFileContent(
                file.Dataset.GetString(DicomTags.SOPInstanceUID),
                sourceByPixelHash.GetValueOrDefault(pixelHash),
                null);
        }
        catch (Exception exception) when (exception is DicomFormatException or EndOfStreamException or IOException)
        {
            return new StoredFileContent(null, null, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
