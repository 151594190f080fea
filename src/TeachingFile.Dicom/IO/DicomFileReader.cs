using System.IO.Compression;

namespace TeachingFile.Dicom.IO;

/// <summary>
/// Reads a PS3.10 file: preamble and "DICM", file meta group, then the data set in its transfer syntax.
/// Recovers from a missing preamble and meta group and from a missing Transfer Syntax UID by sniffing
/// the first data set element. <see cref="Read"/> reads a file held in memory.
/// </summary>
internal static partial class DicomFileReader
{
    private const int PreambleLength = 128;

    public static async Task<DicomFileContent> ReadAsync(string path, DicomReadOptions options, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var meta = new DicomDataset();
        TransferSyntax syntax;
        long dataStart;
        using (var input = new DicomInput(OpenFile(path)))
        {
            var parser = new DicomParser(input, path, options, warnings, cancellationToken);
            syntax = ReadMetaAndSyntax(input, parser, meta, warnings);
            dataStart = input.Position;
            if (!syntax.IsDeflated)
            {
                var dataset = new DicomDataset();
                parser.ReadTopLevel(dataset, ElementEncoding.Of(syntax), input.Length, syntax: syntax);
                return new DicomFileContent(meta, dataset, syntax, warnings, null);
            }
        }

        var inflated = await InflateAsync(path, dataStart, options, cancellationToken).ConfigureAwait(false);
        try
        {
            var dataset = await Task.Run(() => ReadInflated(inflated, syntax, options, warnings, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            return new DicomFileContent(meta, dataset, syntax, warnings, inflated);
        }
        catch
        {
            File.Delete(inflated);
            throw;
        }
    }

    /// <summary>Inflates the deflated data set that starts at <paramref name="offset"/> into a new temporary file.</summary>
    public static async Task<string> InflateAsync(string path, long offset, DicomReadOptions options, CancellationToken cancellationToken)
    {
        var directory = options.TempDirectory ?? Path.GetTempPath();
        var target = Path.Combine(directory, "teachingfile-inflated-" + Guid.NewGuid().ToString("N") + ".dcm");
        try
        {
            var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            await using (source.ConfigureAwait(false))
            {
                source.Position = offset;
                var header = new byte[2];
                var read = await source.ReadAtLeastAsync(header, 2, false, cancellationToken).ConfigureAwait(false);
                source.Position = offset;
                var inflater = CreateInflater(source, header.AsSpan(0, read));
                var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await using (inflater.ConfigureAwait(false))
                await using (output.ConfigureAwait(false))
                {
                    await CopyInflatedAsync(inflater, output, offset, options.MaxInflatedBytes, cancellationToken)
                        .ConfigureAwait(false);
                }
            }

            return target;
        }
        catch (InvalidDataException ex)
        {
            File.Delete(target);
            throw new DicomFormatException($"The deflated data set of '{path}' at offset {offset} is corrupt: {ex.Message}", offset, ex);
        }
        catch
        {
            File.Delete(target);
            throw;
        }
    }

    private static async Task CopyInflatedAsync(
        Stream inflater, Stream output, long offset, long maxInflatedBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await inflater.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxInflatedBytes)
            {
                throw TooLarge(offset, maxInflatedBytes);
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    private static DicomFormatException TooLarge(long offset, long maxInflatedBytes) =>
        new($"The deflated data set at offset {offset} inflates to more than {maxInflatedBytes} bytes, "
            + "the limit set by DicomReadOptions.MaxInflatedBytes.", offset);

    public static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);

    private static DicomDataset ReadInflated(
        string inflated, TransferSyntax syntax, DicomReadOptions options, List<string> warnings, CancellationToken cancellationToken)
    {
        using var input = new DicomInput(OpenFile(inflated));
        var dataset = new DicomDataset();
        new DicomParser(input, inflated, options, warnings, cancellationToken)
            .ReadTopLevel(dataset, ElementEncoding.ExplicitLittle, input.Length, syntax: syntax);
        return dataset;
    }

    /// <summary>
    /// Opens a decompressing stream over <paramref name="source"/>, which <paramref name="header"/> (its first two
    /// bytes, or fewer) shows to be zlib-wrapped or raw deflate. The stream leaves <paramref name="source"/> open.
    /// </summary>
    private static Stream CreateInflater(Stream source, ReadOnlySpan<byte> header) =>
        IsZlibHeader(header)
            ? new ZLibStream(source, CompressionMode.Decompress, leaveOpen: true)
            : new DeflateStream(source, CompressionMode.Decompress, leaveOpen: true);

    private static bool IsZlibHeader(ReadOnlySpan<byte> header) =>
        header.Length == 2 && (header[0] & 0x0F) == 8 && ((header[0] << 8) | header[1]) % 31 == 0;

    private static TransferSyntax ReadMetaAndSyntax(DicomInput input, DicomParser parser, DicomDataset meta, List<string> warnings)
    {
        Span<byte> prefix = stackalloc byte[PreambleLength + 4];
        var count = input.Peek(prefix);
        if (count == prefix.Length && prefix[PreambleLength..].SequenceEqual("DICM"u8))
        {
            input.Seek(PreambleLength + 4);
        }
        else if (count >= 4 && prefix[..4].SequenceEqual("DICM"u8))
        {
            warnings.Add("The file has no 128-byte preamble; \"DICM\" is at offset 0.");
            input.Seek(4);
        }
        else
        {
            warnings.Add("The file has no preamble and no \"DICM\" prefix; reading it as a bare data set (PS3.10 7.1 recovery).");
            return SyntaxSniffer.FindBareDataset(input, warnings)
                ?? throw new DicomFormatException(
                    "Not a DICOM file: no \"DICM\" at offset 128 and no data set element at offset 0.", 0);
        }

        parser.ReadTopLevel(meta, ElementEncoding.ExplicitLittle, input.Length, tag => tag.Group != 0x0002);
        var uid = meta.GetString(DicomTags.TransferSyntaxUID);
        if (string.IsNullOrEmpty(uid))
        {
            warnings.Add("The file meta group has no Transfer Syntax UID; the encoding was inferred from the data set.");
            return SyntaxSniffer.Infer(input, warnings);
        }

        var declared = TransferSyntax.Lookup(uid);
        var sniffed = declared.IsEncapsulated || declared.IsDeflated ? null : SyntaxSniffer.Infer(input, []);
        if (sniffed is not null && sniffed.IsExplicitVR != declared.IsExplicitVR)
        {
            warnings.Add($"The meta group declares {declared.Name} but the data set is encoded as {sniffed.Name}; " +
                "it is read as encoded.");
            return sniffed;
        }

        return declared;
    }
}
