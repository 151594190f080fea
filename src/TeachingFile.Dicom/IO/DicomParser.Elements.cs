using System.Globalization;
using System.Text;
using TeachingFile.Dicom.Text;

namespace TeachingFile.Dicom.IO;

/// <summary>Element headers, values and fragments.</summary>
internal sealed partial class DicomParser
{
    private bool _warnedImplicitInExplicit;
    private int _pixelRepresentation;

    private DicomTag ReadTag(ElementEncoding encoding, string description)
    {
        var group = input.ReadUInt16(encoding.IsBigEndian, description);
        var element = input.ReadUInt16(encoding.IsBigEndian, description);
        return new DicomTag(group, element);
    }

    private ElementHeader ReadHeader(ElementEncoding encoding)
    {
        var offset = input.Position;
        input.Require(8, "element header");
        var tag = ReadTag(encoding, "element header");
        if (tag.Group == 0xFFFE)
        {
            return new ElementHeader(offset, tag, DicomVR.UN, input.ReadUInt32(encoding.IsBigEndian, "item length"), true);
        }

        if (encoding.IsExplicitVR)
        {
            Span<byte> code = stackalloc byte[2];
            input.Peek(code);
            if (code[0] is >= (byte)'A' and <= (byte)'Z' && code[1] is >= (byte)'A' and <= (byte)'Z')
            {
                input.Skip(2);
                return ReadExplicitLength(offset, tag, DicomVR.FromBytes(code[0], code[1]), encoding);
            }

            if (!_warnedImplicitInExplicit)
            {
                _warnedImplicitInExplicit = true;
                Warn($"Element {tag} at offset {offset} has no VR in an explicit VR data set; read as implicit VR.");
            }
        }

        var length = input.ReadUInt32(encoding.IsBigEndian, "element length");
        return new ElementHeader(offset, tag, ImplicitVR(tag), length, true);
    }

    private ElementHeader ReadExplicitLength(long offset, DicomTag tag, DicomVR? vr, ElementEncoding encoding)
    {
        if (vr is null)
        {
            // PS3.5 7.1.2 reserves the 32-bit length form for VRs added later, so an unknown code is read as UN.
            Warn($"Element {tag} at offset {offset} has an unknown VR; read as UN.");
        }

        if (vr is null || vr.Has32BitLength)
        {
            input.Skip(2);
            return new ElementHeader(offset, tag, vr ?? DicomVR.UN, input.ReadUInt32(encoding.IsBigEndian, "element length"), false);
        }

        return new ElementHeader(offset, tag, vr, input.ReadUInt16(encoding.IsBigEndian, "element length"), false);
    }

    private DicomVR ImplicitVR(DicomTag tag)
    {
        if (!DicomDictionary.Default.TryGetEntry(tag, out var entry) || entry.ValueRepresentations.Count == 0)
        {
            return DicomVR.UN;
        }

        var choices = entry.ValueRepresentations;
        if (choices.Contains(DicomVR.OW) && choices.Contains(DicomVR.OB))
        {
            return DicomVR.OW;  // PS3.5 A.1: OB-or-OW values (Pixel Data, ...) are OW in implicit VR.
        }

        if (choices.Contains(DicomVR.SS) && choices.Contains(DicomVR.US))
        {
            return _pixelRepresentation == 1 ? DicomVR.SS : DicomVR.US;  // PS3.5 A.1: signedness follows (0028,0103).
        }

        return choices[0];
    }

    private DicomElement ReadValue(ElementHeader header, ElementEncoding encoding)
    {
        if (header.Length % 2 == 1)
        {
            Warn($"Element {header.Tag} at offset {header.Offset} has odd length {header.Length}.");
        }

        var swapUnit = encoding.IsBigEndian ? SwapUnit(header.VR) : 0;
        return new DicomElement(header.Tag, header.VR, ReadSource(header.Length, swapUnit, $"value of {header.Tag}"));
    }

    private IByteSource ReadSource(long length, int swapUnit, string description)
    {
        if (length == 0)
        {
            return MemoryByteSource.Empty;
        }

        if (length > options.LargeValueThreshold && input.TrySlice(length, description, out var slice))
        {
            if (swapUnit == 0)
            {
                return new MemoryByteSource(slice);
            }

            // A MemoryByteSource cannot swap bytes as they are read, so a big-endian value is swapped in a copy.
            var swapped = slice.ToArray();
            ByteSwap.InPlace(swapped, swapUnit);
            return new MemoryByteSource(swapped);
        }

        if (length > options.LargeValueThreshold || length > Array.MaxLength)
        {
            var source = new FileByteSource(path, input.Position, length, swapUnit);
            input.Skip(length);
            return source;
        }

        var bytes = input.ReadBytes((int)length, description);
        ByteSwap.InPlace(bytes, swapUnit);
        return new MemoryByteSource(bytes);
    }

    private static int SwapUnit(DicomVR vr) => vr == DicomVR.AT ? 2 : vr.ByteSwapUnit;

    private DicomFragmentSequence ReadFragments(ElementHeader header)
    {
        IByteSource? offsetTable = null;
        var fragments = new List<IByteSource>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = input.Position;
            var tag = ReadTag(ElementEncoding.ExplicitLittle, "pixel data item");
            var length = input.ReadUInt32(false, "pixel data item length");
            if (tag == DicomTag.SequenceDelimitationItem)
            {
                break;
            }

            if (tag != DicomTag.Item || length == ElementHeader.UndefinedLength)
            {
                throw new DicomFormatException(
                    $"Expected a fragment Item (FFFE,E000) of defined length in encapsulated {header.Tag} at offset " +
                    $"{offset}, found {tag} with length {length}.", offset);
            }

            input.Require(length, $"fragment of {header.Tag} at offset {offset}");
            var source = ReadSource(length, 0, "fragment");
            if (offsetTable is null)
            {
                offsetTable = source;
            }
            else
            {
                fragments.Add(source);
            }
        }

        return new DicomFragmentSequence(header.Tag, header.VR, offsetTable ?? MemoryByteSource.Empty, fragments);
    }

    private void CheckCharacterSet(DicomElement element)
    {
        var text = Encoding.ASCII.GetString(element.Value.ToArray()).Trim(' ', '\0');
        foreach (var term in text.Split('\\'))
        {
            var normalized = DicomCharacterSet.Normalize(term);
            if (normalized is null)
            {
                // The sender's text is left out: any text fits in the element, identifying text included.
                Warn(string.Create(CultureInfo.InvariantCulture,
                    $"A Specific Character Set term of {term.Trim().Length} characters is not a defined term; text is decoded as Latin-1."));
            }
            else if (!string.Equals(normalized, term.Trim(' ', '\0'), StringComparison.Ordinal))
            {
                Warn($"Specific Character Set term '{term.Trim()}' read as '{normalized}'.");
            }
        }
    }
}
