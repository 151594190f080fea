using TeachingFile.Dicom.IO;

namespace TeachingFile.Dicom;

/// <summary>
/// A DICOM file (PS3.10): file meta information and a data set. A file opened from a path leaves large values
/// in the source file, so the file must exist while the data set is used. Dispose the instance to delete the
/// temporary inflated copy a Deflated Explicit VR Little Endian file is read from. A file opened from memory
/// refers to that memory for its large values, so the memory must stay unchanged while the data set is used.
/// </summary>
public sealed class DicomFile : IDisposable, IAsyncDisposable
{
    private string? _temporaryPath;

    /// <summary>Creates a file for writing from a data set in <paramref name="transferSyntax"/>.</summary>
    /// <param name="dataset">The data set; its values are little endian as everywhere in the API.</param>
    /// <param name="transferSyntax">
    /// The syntax of the data set: native syntaxes are written as Explicit VR Little Endian, encapsulated
    /// ones unchanged (Pixel Data must then be a <see cref="DicomFragmentSequence"/>).
    /// </param>
    public DicomFile(DicomDataset dataset, TransferSyntax transferSyntax)
        : this(new DicomDataset(), dataset, transferSyntax, [])
    {
    }

    private DicomFile(DicomDataset meta, DicomDataset dataset, TransferSyntax transferSyntax, IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        FileMetaInformation = meta;
        Dataset = dataset;
        TransferSyntax = transferSyntax;
        Warnings = warnings;
        SourceApplicationEntityTitle = meta.GetString(DicomTags.SourceApplicationEntityTitle);
    }

    /// <summary>The file meta group (0002) as read; empty for a file made in memory.</summary>
    public DicomDataset FileMetaInformation { get; }

    /// <summary>The data set.</summary>
    public DicomDataset Dataset { get; }

    /// <summary>The transfer syntax of the data set as read (or as given for writing).</summary>
    public TransferSyntax TransferSyntax { get; }

    /// <summary>
    /// What the reader recovered from (missing meta, inferred transfer syntax, misspelt character set terms,
    /// odd lengths, ...). Free of patient values.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Source Application Entity Title (0002,0016) written into the meta group; null to omit it.</summary>
    public string? SourceApplicationEntityTitle { get; set; }

    /// <summary>Reads a file; values above <see cref="DicomReadOptions.LargeValueThreshold"/> are left in it.</summary>
    /// <exception cref="DicomFormatException">The file is not readable DICOM; the message names the offset.</exception>
    public static async Task<DicomFile> OpenAsync(
        string path, DicomReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var content = await DicomFileReader.ReadAsync(Path.GetFullPath(path), options ?? DicomReadOptions.Default, cancellationToken)
            .ConfigureAwait(false);
        content.Dataset.ReadWarnings = content.Warnings;
        return new DicomFile(content.Meta, content.Dataset, content.Syntax, content.Warnings)
        {
            _temporaryPath = content.InflatedPath,
        };
    }

    /// <summary>
    /// Reads a file from memory, with the same recovery and the same result as
    /// <see cref="OpenAsync(string, DicomReadOptions?, CancellationToken)"/>. Values above
    /// <see cref="DicomReadOptions.LargeValueThreshold"/> are slices of <paramref name="data"/>, not copies, so
    /// <paramref name="data"/> must stay unchanged while the data set is used. A big-endian value with words to swap
    /// is copied, and so are smaller values. A deflated data set is inflated into memory, so
    /// <see cref="DicomReadOptions.TempDirectory"/> does not apply.
    /// </summary>
    /// <exception cref="DicomFormatException">
    /// The bytes are not readable DICOM, or a deflated data set inflates to more than
    /// <see cref="Array.MaxLength"/> bytes; the message names the offset.
    /// </exception>
    public static DicomFile Open(
        ReadOnlyMemory<byte> data, DicomReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var content = DicomFileReader.Read(data, options ?? DicomReadOptions.Default, cancellationToken);
        content.Dataset.ReadWarnings = content.Warnings;
        return new DicomFile(content.Meta, content.Dataset, content.Syntax, content.Warnings);
    }

    /// <summary>
    /// Writes the preamble, "DICM", a rebuilt file meta group and the data set. The meta group takes the SOP
    /// class and instance from the data set and names this implementation. Native syntaxes are written as
    /// Explicit VR Little Endian, encapsulated ones unchanged with fragments copied bit for bit. Large values
    /// are streamed from their sources.
    /// </summary>
    public Task SaveAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return new DicomFileWriter(this).WriteAsync(destination, cancellationToken);
    }

    /// <summary>
    /// Writes the file to <paramref name="path"/> as <see cref="SaveAsync(Stream, CancellationToken)"/> does. The
    /// bytes go to a temporary file in the same directory, flushed to disk and then moved over
    /// <paramref name="path"/>, so a reader never sees a partial file and values read from the same path stay
    /// readable while it is written. After saving over the file it was read from, reopen it: values of this
    /// instance left in the file point at offsets of the old content.
    /// </summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        var temporary = fullPath + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await SaveAsync(stream, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Deletes the temporary inflated copy of a deflated file, if any.</summary>
    public void Dispose()
    {
        var path = Interlocked.Exchange(ref _temporaryPath, null);
        if (path is not null)
        {
            File.Delete(path);
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
