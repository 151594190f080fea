using TeachingFile.Dicom;

namespace TeachingFile.Fuzz;

/// <summary>
/// Reads the input as a PS3.10 file, reads every element, sequence item and fragment value, decodes each
/// value as text, reads the frames of encapsulated Pixel Data, and saves the file again to
/// <see cref="Stream.Null"/>. Rejection: <see cref="DicomFormatException"/>.
/// </summary>
internal static class Part10Target
{
    /// <summary>
    /// Values above this length stay in the file, so that small inputs exercise the file-backed values as
    /// well as the in-memory ones.
    /// </summary>
    private const long LargeValueThreshold = 256;

    public static async Task RunAsync(byte[] data)
    {
        // DicomFile reads from a path only. A TMPDIR on tmpfs keeps this file in memory during a run.
        var path = Path.Combine(Path.GetTempPath(), $"teachingfile-fuzz-{Guid.NewGuid():N}.dcm");
        await File.WriteAllBytesAsync(path, data);
        try
        {
            var options = new DicomReadOptions { LargeValueThreshold = LargeValueThreshold };
            DicomFile file;
            try
            {
                file = await DicomFile.OpenAsync(path, options);
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
            File.Delete(path);
        }
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
