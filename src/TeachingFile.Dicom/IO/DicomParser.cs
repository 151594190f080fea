namespace TeachingFile.Dicom.IO;

/// <summary>
/// Parses data sets from a <see cref="DicomInput"/> (PS3.5 Section 7): explicit and implicit VR, both byte
/// orders, defined and undefined lengths, nested sequences, encapsulated pixel data. Values above
/// <see cref="DicomReadOptions.LargeValueThreshold"/> stay in the file as <see cref="FileByteSource"/>.
/// Lenient where real files need it (PS3.10 recovery), strict where a length runs past the data.
/// </summary>
internal sealed partial class DicomParser(
    DicomInput input,
    string path,
    DicomReadOptions options,
    List<string> warnings,
    CancellationToken cancellationToken)
{
    private const int MaxDepth = 512;
    private static readonly DicomTag PixelData = DicomTags.PixelData;

    /// <summary>The transfer syntax of the data set being read; null while reading the file meta group.</summary>
    private TransferSyntax? _syntax;

    /// <summary>Reads elements into <paramref name="target"/> until <paramref name="end"/> or the end of input.</summary>
    /// <param name="target">The data set to add the elements to.</param>
    /// <param name="encoding">How the elements are encoded.</param>
    /// <param name="end">The offset where the data set ends.</param>
    /// <param name="stopBefore">Stops before the first tag for which this returns true (end of the meta group).</param>
    /// <param name="syntax">When given, Pixel Data must be encapsulated exactly when this syntax is.</param>
    public void ReadTopLevel(
        DicomDataset target,
        ElementEncoding encoding,
        long end,
        Func<DicomTag, bool>? stopBefore = null,
        TransferSyntax? syntax = null)
    {
        _syntax = syntax;
        while (input.Position < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stopBefore is not null && stopBefore(PeekTag(encoding)))
            {
                return;
            }

            var header = ReadHeader(encoding);
            if (header.Tag.Group == 0xFFFE)
            {
                Warn($"Stray {header.Tag} at offset {header.Offset} outside a sequence was skipped.");
                continue;
            }

            var item = ReadItem(header, encoding, 0);
            if (syntax is not null && item.Tag == PixelData && syntax.IsEncapsulated != item is DicomFragmentSequence)
            {
                var (actual, expected) = syntax.IsEncapsulated ? ("native", "encapsulated") : ("encapsulated", "native");
                throw new DicomFormatException(
                    $"Pixel Data at offset {header.Offset} is {actual}, but transfer syntax {syntax.Uid} " +
                    $"({syntax.Name}) requires {expected} Pixel Data.", header.Offset);
            }

            Add(target, item);
        }
    }

    /// <summary>Reads the tag at the current position without consuming it; 0xFFFFFFFF when none is left.</summary>
    public DicomTag PeekTag(ElementEncoding encoding)
    {
        Span<byte> bytes = stackalloc byte[4];
        if (input.Peek(bytes) < 4)
        {
            return new DicomTag(0xFFFFFFFF);
        }

        return encoding.IsBigEndian
            ? new DicomTag((ushort)(bytes[0] << 8 | bytes[1]), (ushort)(bytes[2] << 8 | bytes[3]))
            : new DicomTag((ushort)(bytes[1] << 8 | bytes[0]), (ushort)(bytes[3] << 8 | bytes[2]));
    }

    private void ReadDataset(DicomDataset target, ElementEncoding encoding, long end, int depth)
    {
        var itemStart = input.Position;
        while (end < 0 || input.Position < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (end < 0 && input.Remaining == 0)
            {
                // The data ended between elements, so no value was cut. DCMTK 3.6.7's dcmdump recovers the same
                // content with +E (ignore parse errors) and reports an error without it.
                Warn($"The item starting at offset {itemStart} has undefined length and the data ends at offset " +
                    $"{input.Position} without its Item Delimitation Item; the item ends there.");
                return;
            }

            var header = ReadHeader(encoding);
            if (header.Tag == DicomTag.ItemDelimitationItem)
            {
                if (end >= 0)
                {
                    Warn($"Item Delimitation Item at offset {header.Offset} ends an item of defined length.");
                }

                return;
            }

            if (header.Tag.Group == 0xFFFE)
            {
                throw new DicomFormatException(
                    $"Unexpected {header.Tag} at offset {header.Offset} inside an item; expected a data element " +
                    "or (FFFE,E00D).", header.Offset);
            }

            Add(target, ReadItem(header, encoding, depth));
        }

        if (input.Position > end)
        {
            Warn($"An element ran {input.Position - end} bytes past the end of its item (offset {end}).");
        }
    }

    private DicomItem ReadItem(ElementHeader header, ElementEncoding encoding, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DicomFormatException(
                $"Sequences nest deeper than {MaxDepth} levels at offset {header.Offset} ({header.Tag}).", header.Offset);
        }

        if (header.IsUndefinedLength)
        {
            return ReadUndefinedLength(header, encoding, depth);
        }

        if (header.Length > input.Remaining)
        {
            throw new DicomFormatException(
                $"Element {header.Tag} {header.VR} at offset {header.Offset} has value length {header.Length} but " +
                $"only {input.Remaining} bytes remain.", header.Offset);
        }

        if (header.VR == DicomVR.SQ)
        {
            return ReadSequence(header.Tag, input.Position + header.Length, encoding, depth);
        }

        if (header.VR == DicomVR.UN && MayHoldSequence(header))
        {
            return (DicomItem?)TryReadUnknownSequence(header, depth) ?? ReadValue(header, encoding);
        }

        if (header.VR != DicomVR.UN && IsSequenceStoredAsValue(header))
        {
            return (DicomItem?)TryReadSequenceStoredAsValue(header, encoding, depth) ?? ReadValue(header, encoding);
        }

        return ReadValue(header, encoding);
    }

    private DicomItem ReadUndefinedLength(ElementHeader header, ElementEncoding encoding, int depth)
    {
        if (header.VR == DicomVR.SQ)
        {
            return ReadSequence(header.Tag, -1, encoding, depth);
        }

        if (IsPixelDataTag(header.Tag))
        {
            // The writer cannot save encapsulated Pixel Data nested in a native data set, so it is rejected here.
            if (depth > 0 && _syntax is { IsEncapsulated: false })
            {
                throw new DicomFormatException(
                    $"Encapsulated {header.Tag} at offset {header.Offset} is inside a sequence item, but transfer " +
                    $"syntax {_syntax.Uid} ({_syntax.Name}) is native, so Pixel Data must be native.", header.Offset);
            }

            return ReadFragments(header);
        }

        if (header.VR == DicomVR.UN || header.VRWasImplicit)
        {
            // PS3.5 6.2.2: a UN value of undefined length is an Implicit VR Little Endian sequence.
            return ReadSequence(header.Tag, -1, ElementEncoding.ImplicitLittle, depth);
        }

        if (DicomDictionary.Default.GetDefaultVR(header.Tag) == DicomVR.SQ)
        {
            Warn($"Element {header.Tag} at offset {header.Offset} has VR {header.VR} and undefined length, but the " +
                "dictionary VR is SQ; read as a sequence.");
            return ReadSequence(header.Tag, -1, encoding, depth);
        }

        throw new DicomFormatException(
            $"Element {header.Tag} {header.VR} at offset {header.Offset} has undefined length; only SQ, UN and " +
            "encapsulated Pixel Data may.", header.Offset);
    }

    private DicomSequence ReadSequence(DicomTag tag, long end, ElementEncoding encoding, int depth)
    {
        var sequence = new DicomSequence(tag);
        while (end < 0 || input.Position < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = input.Position;
            if (end < 0 && input.Remaining == 0)
            {
                Warn($"Sequence {tag} has undefined length and the data ends at offset {offset} without its " +
                    "Sequence Delimitation Item; the sequence ends there.");
                break;
            }

            var itemTag = ReadTag(encoding, "sequence item");
            var length = input.ReadUInt32(encoding.IsBigEndian, "item length");
            if (itemTag == DicomTag.SequenceDelimitationItem)
            {
                break;
            }

            if (itemTag != DicomTag.Item)
            {
                throw new DicomFormatException(
                    $"Expected an Item (FFFE,E000) in sequence {tag} at offset {offset}, found {itemTag}.", offset);
            }

            var item = new DicomDataset();
            if (length == ElementHeader.UndefinedLength)
            {
                ReadDataset(item, encoding, -1, depth + 1);
            }
            else
            {
                input.Require(length, $"item of sequence {tag} at offset {offset}");
                ReadDataset(item, encoding, input.Position + length, depth + 1);
            }

            sequence.Items.Add(item);
        }

        return sequence;
    }

    /// <summary>
    /// Returns true when a UN value should be tried as an implicit VR sequence: the dictionary VR is SQ
    /// (PS3.5 6.2.2), or an unknown private element of an implicit VR data set starts with an Item tag.
    /// </summary>
    private bool MayHoldSequence(ElementHeader header)
    {
        if (DicomDictionary.Default.GetDefaultVR(header.Tag) == DicomVR.SQ)
        {
            return true;
        }

        Span<byte> start = stackalloc byte[4];
        return header.VRWasImplicit && header.Tag.IsPrivate && header.Length >= 8
            && input.Peek(start) == 4 && start.SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF, 0x00, 0xE0]);
    }

    private void Add(DicomDataset target, DicomItem item)
    {
        if (target.Contains(item.Tag))
        {
            Warn($"Duplicate element {item.Tag}; the last one read is kept.");
        }

        if (item.Tag == DicomTags.SpecificCharacterSet && item is DicomElement element)
        {
            CheckCharacterSet(element);
        }

        if (item.Tag == DicomTags.PixelRepresentation && item is DicomElement { Length: 2 } representation)
        {
            _pixelRepresentation = representation.Value.ToArray()[0];
        }

        target.AddOrUpdate(item);
    }

    private void Warn(string message) => warnings.Add(message);

    private static bool IsPixelDataTag(DicomTag tag) => tag == PixelData;
}
