using System.Buffers.Binary;
using TeachingFile.Dicom;

namespace TeachingFile.Core.Demo;

/// <summary>Writes generated instances as Part 10 files or as C-STORE spool files (data set only).</summary>
public static class SyntheticStudyWriter
{
    /// <summary>Writes each instance of <paramref name="study"/> to {directory}/{SOP Instance UID}.dcm and returns the paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteFilesAsync(SyntheticStudy study, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(study);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var instance in study.Instances)
        {
            var path = Path.Combine(directory, instance.GetString(DicomTags.SOPInstanceUID) + ".dcm");
            await new DicomFile(instance, TransferSyntax.ExplicitVRLittleEndian).SaveAsync(path, cancellationToken).ConfigureAwait(false);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>
    /// Writes the data set alone in Explicit VR Little Endian, as a Storage SCP spools a received
    /// C-STORE, and returns its length in bytes.
    /// </summary>
    public static async Task<long> WriteSpoolFileAsync(DicomDataset instance, string path, CancellationToken cancellationToken)
    {
        // Our writer only writes Part 10 files, so the preamble, "DICM" and the file meta group are
        // cut off. The group's length is the value of its first element, (0002,0000) UL.
        using var part10 = new MemoryStream();
        await new DicomFile(instance, TransferSyntax.ExplicitVRLittleEndian).SaveAsync(part10, cancellationToken).ConfigureAwait(false);
        var bytes = part10.GetBuffer().AsMemory(0, (int)part10.Length);
        const int GroupLengthOffset = 128 + 4;
        const int GroupLengthValueOffset = GroupLengthOffset + 8;
        ReadOnlySpan<byte> groupLengthHeader = [0x02, 0x00, 0x00, 0x00, (byte)'U', (byte)'L', 0x04, 0x00];
        if (!bytes.Span.Slice(GroupLengthOffset, 8).SequenceEqual(groupLengthHeader))
        {
            throw new InvalidOperationException("The Part 10 writer did not start the file meta group with (0002,0000) UL.");
        }

        var metaLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Span.Slice(GroupLengthValueOffset, 4));
        var datasetStart = GroupLengthValueOffset + 4 + (int)metaLength;
        var dataset = bytes[datasetStart..];

        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(dataset, cancellationToken).ConfigureAwait(false);
        }

        return dataset.Length;
    }
}
