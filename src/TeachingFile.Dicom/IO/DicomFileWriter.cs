using System.IO.Compression;

namespace TeachingFile.Dicom.IO;

/// <summary>Writes a PS3.10 file: preamble, "DICM", a rebuilt file meta group and the data set.</summary>
internal sealed class DicomFileWriter(DicomFile file)
{
    private static readonly byte[] FileMetaVersion = [0x00, 0x01];

    /// <summary>The transfer syntax written: the encapsulated syntax as is, else Explicit VR Little Endian.</summary>
    public TransferSyntax OutputSyntax =>
        file.TransferSyntax.IsEncapsulated ? file.TransferSyntax : TransferSyntax.ExplicitVRLittleEndian;

    public async Task WriteAsync(Stream destination, CancellationToken cancellationToken)
    {
        var output = new DicomOutput(destination);
        await output.WriteAsync(new byte[128], cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("DICM"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await WriteMetaAsync(output, cancellationToken).ConfigureAwait(false);
        var syntax = OutputSyntax;
        if (!syntax.IsDeflated)
        {
            await new DicomDatasetWriter(output, syntax.IsEncapsulated).WriteAsync(file.Dataset, cancellationToken)
                .ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var deflater = new DeflateStream(destination, CompressionLevel.Optimal, leaveOpen: true);
        await using (deflater.ConfigureAwait(false))
        {
            var deflated = new DicomOutput(deflater);
            await new DicomDatasetWriter(deflated, syntax.IsEncapsulated).WriteAsync(file.Dataset, cancellationToken)
                .ConfigureAwait(false);
            await deflated.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The meta group as written (without its group length element).</summary>
    public DicomDataset BuildMeta()
    {
        var meta = new DicomDataset();
        meta.SetBytes(DicomTags.FileMetaInformationVersion, DicomVR.OB, FileMetaVersion);
        CopyUid(meta, DicomTags.MediaStorageSOPClassUID, DicomTags.SOPClassUID);
        CopyUid(meta, DicomTags.MediaStorageSOPInstanceUID, DicomTags.SOPInstanceUID);
        meta.SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, OutputSyntax.Uid);
        meta.SetString(DicomTags.ImplementationClassUID, DicomVR.UI, DicomImplementation.ClassUid);
        meta.SetString(DicomTags.ImplementationVersionName, DicomVR.SH, DicomImplementation.VersionName);
        if (!string.IsNullOrWhiteSpace(file.SourceApplicationEntityTitle))
        {
            meta.SetString(DicomTags.SourceApplicationEntityTitle, DicomVR.AE, file.SourceApplicationEntityTitle.Trim());
        }

        return meta;
    }

    private async ValueTask WriteMetaAsync(DicomOutput output, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var metaOutput = new DicomOutput(buffer);
        var writer = new DicomDatasetWriter(metaOutput, allowEncapsulated: false, isFileMeta: true);
        await writer.WriteAsync(BuildMeta(), cancellationToken).ConfigureAwait(false);
        await metaOutput.FlushAsync(cancellationToken).ConfigureAwait(false);
        await output.EnsureAsync(12, cancellationToken).ConfigureAwait(false);
        output.WriteTag(DicomTags.FileMetaInformationGroupLength);
        output.WriteByte((byte)'U');
        output.WriteByte((byte)'L');
        output.WriteUInt16(4);
        output.WriteUInt32((uint)buffer.Length);
        await output.WriteAsync(buffer.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the UID from the data set, else from the meta group read with the file; omits it when neither has one.</summary>
    private void CopyUid(DicomDataset meta, DicomTag metaTag, DicomTag datasetTag)
    {
        var uid = file.Dataset.GetString(datasetTag);
        if (string.IsNullOrEmpty(uid))
        {
            uid = file.FileMetaInformation.GetString(metaTag);
        }

        if (!string.IsNullOrEmpty(uid))
        {
            meta.SetString(metaTag, DicomVR.UI, uid);
        }
    }
}
