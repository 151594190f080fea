using System.Globalization;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>DCMTK command lines aimed at a <see cref="TeachingFileServer"/> (always 127.0.0.1).</summary>
internal static class Dcmtk
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(3);

    public static Task<ToolResult> EchoAsync(
        TeachingFileServer server, string callingAeTitle, string? calledAeTitle = null, CancellationToken cancellationToken = default) =>
        ExternalTool.RunAsync(
            "echoscu",
            ["-v", "-aet", callingAeTitle, "-aec", calledAeTitle ?? server.AeTitle, "127.0.0.1", Port(server)],
            ToolTimeout,
            cancellationToken);

    /// <summary>storescu with its default proposal (uncompressed syntaxes), every file in one association.</summary>
    public static Task<ToolResult> StoreAsync(
        TeachingFileServer server, string callingAeTitle, IEnumerable<string> files, CancellationToken cancellationToken = default) =>
        ExternalTool.RunAsync(
            "storescu",
            ["-v", "-aet", callingAeTitle, "-aec", server.AeTitle, "127.0.0.1", Port(server), .. files],
            ToolTimeout,
            cancellationToken);

    /// <summary>
    /// storescu proposing what <paramref name="profile"/> of <paramref name="configFile"/> lists
    /// (its --config-file option), every file in one association.
    /// </summary>
    public static Task<ToolResult> StoreWithConfigAsync(
        TeachingFileServer server,
        string callingAeTitle,
        string configFile,
        string profile,
        IEnumerable<string> files,
        CancellationToken cancellationToken = default) =>
        ExternalTool.RunAsync(
            "storescu",
            ["-v", "-xf", configFile, profile, "-aet", callingAeTitle, "-aec", server.AeTitle, "127.0.0.1", Port(server), .. files],
            ToolTimeout,
            cancellationToken);

    /// <summary>
    /// dcmsend proposes each file's own transfer syntax. By default (DCMTK 3.6.7) it also proposes
    /// the uncompressed syntaxes in the same context for files it can decompress losslessly (RLE,
    /// JPEG-LS, lossless JPEG), and decompresses if the SCP picks one. With
    /// <paramref name="ownSyntaxOnly"/> it runs with --decompress-never and proposes the file's syntax alone.
    /// </summary>
    public static Task<ToolResult> SendAsync(
        TeachingFileServer server,
        string callingAeTitle,
        IEnumerable<string> files,
        bool ownSyntaxOnly = false,
        CancellationToken cancellationToken = default) =>
        ExternalTool.RunAsync(
            "dcmsend",
            [
                "-v", .. ownSyntaxOnly ? ["--decompress-never"] : Array.Empty<string>(),
                "-aet", callingAeTitle, "-aec", server.AeTitle, "127.0.0.1", Port(server), .. files,
            ],
            ToolTimeout,
            cancellationToken);

    public static Task<ToolResult> DumpAsync(string file, CancellationToken cancellationToken = default) =>
        ExternalTool.RunAsync("dcmdump", ["-q", "+L", file], ToolTimeout, cancellationToken);

    private static string Port(TeachingFileServer server) => server.DicomPort.ToString(CultureInfo.InvariantCulture);
}
