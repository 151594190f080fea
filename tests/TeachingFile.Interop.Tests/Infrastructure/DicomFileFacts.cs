using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>What Scripts/dicom_facts.py (pydicom) reads from one file: syntax, SOP Class and Pixel Data hashes.</summary>
internal sealed record DicomFileFacts
{
    [JsonPropertyName("path")]
    public string Path { get; init; } = string.Empty;

    [JsonPropertyName("transferSyntax")]
    public string? TransferSyntax { get; init; }

    [JsonPropertyName("sopClass")]
    public string? SopClass { get; init; }

    [JsonPropertyName("encapsulated")]
    public bool Encapsulated { get; init; }

    [JsonPropertyName("pixelSha256")]
    public string? PixelSha256 { get; init; }

    /// <summary>SHA-256 of each encapsulated item, the Basic Offset Table first.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<string>? ItemSha256 { get; init; }

    [JsonPropertyName("extendedOffsetTableSha256")]
    public string? ExtendedOffsetTableSha256 { get; init; }

    [JsonPropertyName("extendedOffsetTableLengthsSha256")]
    public string? ExtendedOffsetTableLengthsSha256 { get; init; }

    /// <summary>Lossy Image Compression (0028,2110): "00", "01", or null when absent.</summary>
    [JsonPropertyName("lossyImageCompression")]
    public string? LossyImageCompression { get; init; }

    /// <summary>Lossy Image Compression Ratio (0028,2112) as pydicom prints it; empty when absent.</summary>
    [JsonPropertyName("lossyImageCompressionRatio")]
    public string? LossyImageCompressionRatio { get; init; }

    /// <summary>Lossy Image Compression Method (0028,2114) as pydicom prints it; empty when absent.</summary>
    [JsonPropertyName("lossyImageCompressionMethod")]
    public string? LossyImageCompressionMethod { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>What identifies the same image across sending and storing, since de-identification replaces every UID.</summary>
    public string ContentKey => PixelSha256 ?? "no-pixel-data:" + SopClass;

    public static async Task<IReadOnlyList<DicomFileFacts>> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var result = await ExternalTool.RunAsync(
            ExternalTool.Python,
            [System.IO.Path.Combine(AppContext.BaseDirectory, "Scripts", "dicom_facts.py"), .. paths],
            TimeSpan.FromMinutes(2),
            cancellationToken);
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. result.StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<DicomFileFacts>(line)!)];
    }
}
