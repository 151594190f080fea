using System.Collections.Concurrent;

namespace TeachingFile.Core.Ingest;

/// <summary>What one open association has stored: the cases to tag and the ingest marker to delete after tagging.</summary>
internal sealed class AssociationIngest(string markerPath)
{
    public ConcurrentDictionary<int, byte> CaseIds { get; } = new();

    /// <summary>The association's marker (see <see cref="IngestMarkers"/>); it exists once an instance was marked.</summary>
    public string MarkerPath { get; } = markerPath;
}
