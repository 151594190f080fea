namespace TeachingFile.Dicom.IO;

/// <summary>
/// Writes data sets in Explicit VR Little Endian (PS3.5 7.1.2): sequences and items with undefined length
/// (as DCMTK does by default), encapsulated Pixel Data as its items, values padded to even length, group
/// lengths dropped (retired outside group 0002).
/// </summary>
internal sealed class DicomDatasetWriter(DicomOutput output, bool allowEncapsulated, bool isFileMeta = false)
{
    private int _depth;

    public async ValueTask WriteAsync(DicomDataset dataset, CancellationToken cancellationToken)
    {
        foreach (var item in dataset)
        {
            if (item.Tag.IsGroupLength || (item.Tag.Group == 0x0002) != isFileMeta)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            switch (item)
            {
                case DicomElement element:
                    await WriteElementAsync(element, cancellationToken).ConfigureAwait(false);
                    break;
                case DicomSequence sequence:
                    await WriteSequenceAsync(sequence, cancellationToken).ConfigureAwait(false);
                    break;
                case DicomFragmentSequence fragments:
                    await WriteFragmentsAsync(fragments, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    public async ValueTask WriteElementAsync(DicomElement element, CancellationToken cancellationToken)
    {
        if (element.Tag == DicomTags.PixelData && allowEncapsulated && _depth == 0)
        {
            throw new InvalidOperationException(
                "Native Pixel Data cannot be written in an encapsulated transfer syntax; give the DicomFile a " +
                "native transfer syntax or a DicomFragmentSequence.");
        }

        var length = element.Length + (element.Length % 2);
        var vr = element.VR;
        if (!vr.Has32BitLength && length > ushort.MaxValue)
        {
            vr = DicomVR.UN;  // PS3.5 6.2.2: a value too long for a 16-bit length is sent as UN.
        }

        await WriteHeaderAsync(element.Tag, vr, (uint)length, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(element.Value, cancellationToken).ConfigureAwait(false);
        if (element.Length % 2 == 1)
        {
            await output.EnsureAsync(1, cancellationToken).ConfigureAwait(false);
            output.WriteByte(element.VR.PaddingByte);
        }
    }

    private async ValueTask WriteSequenceAsync(DicomSequence sequence, CancellationToken cancellationToken)
    {
        await WriteHeaderAsync(sequence.Tag, DicomVR.SQ, ElementHeader.UndefinedLength, cancellationToken).ConfigureAwait(false);
        foreach (var item in sequence.Items)
        {
            await WriteItemTagAsync(DicomTag.Item, ElementHeader.UndefinedLength, cancellationToken).ConfigureAwait(false);
            _depth++;
            await WriteAsync(item, cancellationToken).ConfigureAwait(false);
            _depth--;
            await WriteItemTagAsync(DicomTag.ItemDelimitationItem, 0, cancellationToken).ConfigureAwait(false);
        }

        await WriteItemTagAsync(DicomTag.SequenceDelimitationItem, 0, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteFragmentsAsync(DicomFragmentSequence fragments, CancellationToken cancellationToken)
    {
        if (!allowEncapsulated)
        {
            throw new InvalidOperationException(
                $"Encapsulated {fragments.Tag} needs an encapsulated transfer syntax; the file's syntax is native.");
        }

        // PS3.5 A.4: encapsulated Pixel Data is OB whatever VR it was received with.
        await WriteHeaderAsync(fragments.Tag, DicomVR.OB, ElementHeader.UndefinedLength, cancellationToken).ConfigureAwait(false);
        foreach (var fragment in fragments.Fragments.Prepend(fragments.BasicOffsetTable))
        {
            var length = fragment.Length + (fragment.Length % 2);
            await WriteItemTagAsync(DicomTag.Item, (uint)length, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(fragment, cancellationToken).ConfigureAwait(false);
            if (fragment.Length % 2 == 1)
            {
                await output.EnsureAsync(1, cancellationToken).ConfigureAwait(false);
                output.WriteByte(0);
            }
        }

        await WriteItemTagAsync(DicomTag.SequenceDelimitationItem, 0, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteHeaderAsync(DicomTag tag, DicomVR vr, uint length, CancellationToken cancellationToken)
    {
        await output.EnsureAsync(12, cancellationToken).ConfigureAwait(false);
        output.WriteTag(tag);
        output.WriteByte((byte)vr.Code[0]);
        output.WriteByte((byte)vr.Code[1]);
        if (vr.Has32BitLength)
        {
            output.WriteUInt16(0);
            output.WriteUInt32(length);
        }
        else
        {
            output.WriteUInt16((ushort)length);
        }
    }

    private async ValueTask WriteItemTagAsync(DicomTag tag, uint length, CancellationToken cancellationToken)
    {
        await output.EnsureAsync(8, cancellationToken).ConfigureAwait(false);
        output.WriteTag(tag);
        output.WriteUInt32(length);
    }
}
