using System.Collections.Concurrent;

namespace TeachingFile.Core.Ingest;

/// <summary>What one open association has stored: the cases to tag and the ingest markers to delete after tagging.</summary>
internal sealed class AssociationIngest
{
    public ConcurrentDictionary<int, byte> CaseIds { get; } = new();

    public ConcurrentQueue<string> MarkerPaths { get; } = new();
}
