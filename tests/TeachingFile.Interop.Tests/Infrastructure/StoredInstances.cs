namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>Finds the stored copies of sent files, matched by Pixel Data (or SOP Class) because every UID is replaced.</summary>
internal static class StoredInstances
{
    /// <summary>Returns, for each source file, its facts and those of its stored copy; fails naming any source not stored.</summary>
    public static async Task<IReadOnlyList<(DicomFileFacts Source, DicomFileFacts Stored)>> MatchAsync(
        TeachingFileServer server, IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        var sourceFacts = await DicomFileFacts.ReadAsync(sources, cancellationToken);
        var storedFacts = await DicomFileFacts.ReadAsync(server.StoredFiles(), cancellationToken);
        foreach (var stored in storedFacts)
        {
            Assert.True(stored.Error is null, $"pydicom cannot read stored file {stored.Path}: {stored.Error}");
        }

        var pairs = new List<(DicomFileFacts, DicomFileFacts)>();
        foreach (var source in sourceFacts)
        {
            Assert.True(source.Error is null, $"pydicom cannot read test data {source.Path}: {source.Error}");
            var matches = storedFacts.Where(s => s.ContentKey == source.ContentKey).ToList();
            Assert.True(
                matches.Count == 1,
                $"Expected one stored copy of {Path.GetFileName(source.Path)} (key {source.ContentKey}) under {server.DicomStoreDirectory}, found {matches.Count}; stored files: {string.Join(", ", storedFacts.Select(s => s.Path))}");
            pairs.Add((source, matches[0]));
        }

        return pairs;
    }
}
