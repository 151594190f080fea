using TeachingFile.Dicom.IO;

namespace TeachingFile.Dicom;

/// <summary>Reads a bare data set (no preamble or meta group), such as a received C-STORE data set.</summary>
public static class DicomDatasetReader
{
    /// <summary>
    /// Reads the data set in <paramref name="data"/>, encoded in <paramref name="transferSyntax"/>. Values above
    /// <see cref="DicomReadOptions.LargeValueThreshold"/> are slices of <paramref name="data"/>, not copies, so it
    /// must stay unchanged while the data set is used. A deflated data set is inflated into a new array in memory.
    /// </summary>
    /// <exception cref="DicomFormatException">The bytes are not a readable data set; the message names the offset.</exception>
    public static Task<DicomDataset> ReadAsync(
        ReadOnlyMemory<byte> data,
        TransferSyntax transferSyntax,
        DicomReadOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transferSyntax);
        options ??= DicomReadOptions.Default;
        var input = transferSyntax.IsDeflated
            ? new DicomInput(DicomFileReader.Inflate(data, 0, options.MaxInflatedBytes, cancellationToken))
            : new DicomInput(data);
        return Task.FromResult(Read(input, DicomFileReader.MemorySourceName, transferSyntax, options, cancellationToken));
    }

    /// <summary>
    /// Reads the data set in <paramref name="path"/>, encoded in <paramref name="transferSyntax"/>. Values above
    /// <see cref="DicomReadOptions.LargeValueThreshold"/> stay in the file, which must then outlive the data set.
    /// Problems the reader recovered from are listed in <see cref="DicomDataset.ReadWarnings"/>.
    /// </summary>
    /// <exception cref="DicomFormatException">The bytes are not a readable data set; the message names the offset.</exception>
    public static async Task<DicomDataset> ReadAsync(
        string path,
        TransferSyntax transferSyntax,
        DicomReadOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        options ??= DicomReadOptions.Default;
        path = Path.GetFullPath(path);
        if (!transferSyntax.IsDeflated)
        {
            return Read(path, transferSyntax, options, cancellationToken);
        }

        // NOTE: the inflated copy is deleted at once, so a deflated data set is loaded whole into memory.
        var inflated = await DicomFileReader.InflateAsync(path, 0, options, cancellationToken).ConfigureAwait(false);
        try
        {
            var inMemory = new DicomReadOptions
            {
                LargeValueThreshold = long.MaxValue,
                TempDirectory = options.TempDirectory,
                MaxInflatedBytes = options.MaxInflatedBytes,
            };
            return Read(inflated, transferSyntax, inMemory, cancellationToken);
        }
        finally
        {
            File.Delete(inflated);
        }
    }

    /// <summary>Parses <paramref name="path"/>, already inflated when <paramref name="syntax"/> is deflated.</summary>
    private static DicomDataset Read(string path, TransferSyntax syntax, DicomReadOptions options, CancellationToken cancellationToken) =>
        Read(new DicomInput(DicomFileReader.OpenFile(path)), path, syntax, options, cancellationToken);

    private static DicomDataset Read(
        DicomInput source, string path, TransferSyntax syntax, DicomReadOptions options, CancellationToken cancellationToken)
    {
        using var input = source;
        var dataset = new DicomDataset();
        var encoding = syntax.IsDeflated ? ElementEncoding.ExplicitLittle : ElementEncoding.Of(syntax);
        var warnings = new List<string>();
        new DicomParser(input, path, options, warnings, cancellationToken)
            .ReadTopLevel(dataset, encoding, input.Length, syntax: syntax);
        dataset.ReadWarnings = warnings;
        return dataset;
    }
}
