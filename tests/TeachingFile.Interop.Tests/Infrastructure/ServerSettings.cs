namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>Configuration a test gives the server process; ports and the data root are chosen by the fixture.</summary>
internal sealed record ServerSettings
{
    public string AeTitle { get; init; } = "TEACHFILE";

    public IReadOnlyList<DicomNodeSetting> Nodes { get; init; } = [];

    /// <summary>More configuration as environment variables (for example Logging__LogLevel__Default).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
