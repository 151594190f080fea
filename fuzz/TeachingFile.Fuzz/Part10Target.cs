using TeachingFile.Dicom;

namespace TeachingFile.Fuzz;

/// <summary>
/// Reads the input as a PS3.10 file, reads every element, sequence item and fragment value, decodes each
/// value as text, reads the frames of encapsulated Pixel Data, and saves the file again to
/// <see cref="Stream.Null"/>. Most inputs are read from memory. About one in <see cref="FileReadShare"/> is written
/// to a temporary file and read from its path, so the path reader and its file-backed values stay covered.
/// Rejection: <see cref="DicomFormatException"/>.
/// </summary>
internal static class Part10Target
{
    /// <summary>
    /// Values above this length stay in the file on the path read and are slices of the input on the memory
    /// read, so that small inputs exercise large values as well as copied ones.
    /// </summary>
    private const long LargeValueThreshold = 256;

    /// <summary>About one input in this many, chosen by a hash of its bytes, is read from a file.</summary>
    private const uint FileReadShare = 8;

    private static readonly DicomReadOptions Options = new() { LargeValueThreshold = LargeValueThreshold };

    public static async Task RunAsync(byte[] data)
    {
        var path = IsFileRead(data) ? await WriteTemporaryFileAsync(data) : null;
        try
        {
            DicomFile file;
            try
            {
                file = path is null ? DicomFile.Open(data, Options) : await DicomFile.OpenAsync(path, Options);
            }
            catch (DicomFormatException)
            {
                return;
            }

            await using (file)
            {
                await WalkAsync(file.FileMetaInformation);
                await WalkAsync(file.Dataset);
                _ = file.Dataset.GetEncoding();
                _ = file.Dataset.TextDecodingIssues;
                await ReadFramesAsync(file);
                await file.SaveAsync(Stream.Null, CancellationToken.None);
            }
        }
        finally
        {
            if (path is not null)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>
    /// Returns true for the inputs read from a file. The choice depends only on the bytes, so afl-fuzz runs an
    /// input through the same path each time, and each mutation of an input lands on either path at random.
    /// </summary>
    internal static bool IsFileRead(ReadOnlySpan<byte> data)
    {
        // 32-bit FNV-1a. Its low bits depend only on the low bits of each byte, so the choice uses the top byte.
        var hash = 2166136261u;
        foreach (var value in data)
        {
            hash = (hash ^ value) * 16777619u;
        }

        return (hash >> 24) % FileReadShare == 0;
    }

    /// <summary>Writes the input to a new temporary file. A TMPDIR on tmpfs keeps the file in memory.</summary>
    private static async Task<string> WriteTemporaryFileAsync(byte[] data)
    {
        var path = Path.Combine(Path.GetTempPath(), $"teachingfile-fuzz-{Guid.NewGuid():N}.dcm");
        await File.WriteAllBytesAsync(path, data);
        return path;
    }

    private static async Task WalkAsync(DicomDataset dataset)
    {
        foreach (var item in dataset)
        {
            switch (item)
            {
                case DicomElement element:
                    await ReadValueAsync(element.Value);
                    _ = dataset.GetString(element.Tag);
                    _ = dataset.GetStrings(element.Tag);
                    _ = dataset.GetDouble(element.Tag);
                    break;
                case DicomSequence sequence:
                    foreach (var child in sequence.Items)
                    {
                        await WalkAsync(child);
                    }

                    break;
                case DicomFragmentSequence fragments:
                    await ReadValueAsync(fragments.BasicOffsetTable);
                    foreach (var fragment in fragments.Fragments)
                    {
                        await ReadValueAsync(fragment);
                    }

                    break;
            }
        }
    }

    /// <summary>Locates and reads the frames of encapsulated Pixel Data, unless they cannot be located.</summary>
    private static async Task ReadFramesAsync(DicomFile file)
    {
        if (file.Dataset[DicomTags.PixelData] is not DicomFragmentSequence)
        {
            return;
        }

        EncapsulatedFrames frames;
        try
        {
            frames = EncapsulatedFrames.Locate(file.Dataset, file.TransferSyntax);
        }
        catch (DicomFormatException)
        {
            return;
        }

        foreach (var frame in frames)
        {
            var stream = frame.OpenRead();
            await using (stream)
            {
                await stream.CopyToAsync(Stream.Null);
            }
        }
    }

    private static async Task ReadValueAsync(IByteSource value)
    {
        if (value.Length <= LargeValueThreshold)
        {
            _ = value.ToArray();
        }
        else
        {
            await value.CopyToAsync(Stream.Null, CancellationToken.None);
        }
    }
}
