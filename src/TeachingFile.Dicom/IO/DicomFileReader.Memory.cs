namespace TeachingFile.Dicom.IO;

/// <summary>Reads a PS3.10 file held in memory, with the same recovery as the path reader.</summary>
internal static partial class DicomFileReader
{
    /// <summary>
    /// The parser's source path for memory input. The parser uses the path only to create a
    /// <see cref="FileByteSource"/>, and it slices memory input instead, so no value refers to this name.
    /// </summary>
    internal const string MemorySourceName = "(memory)";

    private const int InflateBufferSize = 81920;

    /// <summary>
    /// Reads the file in <paramref name="data"/>. Values above <see cref="DicomReadOptions.LargeValueThreshold"/>
    /// that need no byte swap are slices of <paramref name="data"/>, and the other values are copies. A deflated data set is inflated into a new array, which its large values then slice.
    /// </summary>
    public static DicomFileContent Read(ReadOnlyMemory<byte> data, DicomReadOptions options, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var meta = new DicomDataset();
        var dataset = new DicomDataset();
        using var input = new DicomInput(data);
        var parser = new DicomParser(input, MemorySourceName, options, warnings, cancellationToken);
        var syntax = ReadMetaAndSyntax(input, parser, meta, warnings);
        if (!syntax.IsDeflated)
        {
            parser.ReadTopLevel(dataset, ElementEncoding.Of(syntax), input.Length, syntax: syntax);
            return new DicomFileContent(meta, dataset, syntax, warnings, null);
        }

        using var inflated = new DicomInput(Inflate(data, input.Position, options.MaxInflatedBytes, cancellationToken));
        new DicomParser(inflated, MemorySourceName, options, warnings, cancellationToken)
            .ReadTopLevel(dataset, ElementEncoding.ExplicitLittle, inflated.Length, syntax: syntax);
        return new DicomFileContent(meta, dataset, syntax, warnings, null);
    }

    /// <summary>Inflates the deflated data set that starts at <paramref name="offset"/> of <paramref name="data"/>.</summary>
    /// <exception cref="DicomFormatException">
    /// The deflated data is corrupt, or it inflates to more than <see cref="Array.MaxLength"/> bytes.
    /// </exception>
    public static ReadOnlyMemory<byte> Inflate(
        ReadOnlyMemory<byte> data, long offset, long maxInflatedBytes, CancellationToken cancellationToken)
    {
        var deflated = data[(int)offset..];
        using var source = new MemoryByteSource(deflated).OpenRead();
        using var inflater = CreateInflater(source, deflated.Span[..Math.Min(2, deflated.Length)]);
        var output = new MemoryStream();
        var buffer = new byte[InflateBufferSize];
        try
        {
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (read > Array.MaxLength - output.Length)
                {
                    throw new DicomFormatException(
                        $"The deflated data set at offset {offset} inflates to more than {Array.MaxLength} bytes, " +
                        "the maximum of a read from memory; open the file from a path instead.", offset);
                }

                if (read > maxInflatedBytes - output.Length)
                {
                    throw TooLarge(offset, maxInflatedBytes);
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DicomFormatException($"The deflated data set at offset {offset} is corrupt: {ex.Message}", offset, ex);
        }

        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }
}
