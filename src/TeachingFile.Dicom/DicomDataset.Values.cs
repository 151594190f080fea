using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using TeachingFile.Dicom.Text;

namespace TeachingFile.Dicom;

/// <summary>Typed access to element values.</summary>
public sealed partial class DicomDataset
{
    /// <summary>
    /// The value as text, decoded with the character set, all values joined by '\' and trailing padding
    /// trimmed; numbers of binary VRs (US, SS, UL, SL, FL, FD, SV, UV, AT) are formatted invariantly.
    /// Null when the element is absent or has no text form (sequences, OB, OW, ...).
    /// </summary>
    public string? GetString(DicomTag tag) => this[tag] is DicomElement element ? ElementText(element) : null;

    /// <summary>The values split on '\' (one value for LT, ST, UT and UR), padding trimmed; empty when absent.</summary>
    public string[] GetStrings(DicomTag tag)
    {
        if (this[tag] is not DicomElement element || ElementText(element) is not { } text)
        {
            return [];
        }

        var vr = ValueVR(element);
        if (text.Length == 0)
        {
            return [];
        }

        return vr.IsString && !vr.IsMultiValuedText
            ? [text]
            : text.Split('\\').Select(value => vr == DicomVR.PN ? value.TrimEnd(' ', '\0') : value.Trim(' ', '\0'))
                .ToArray();
    }

    /// <summary>The Person Name values split into their component groups; empty when absent.</summary>
    public DicomPersonName[] GetPersonNames(DicomTag tag) => GetStrings(tag).Select(DicomPersonName.Parse).ToArray();

    /// <summary>The first value as an integer (from IS/DS text or a binary integer VR), or null.</summary>
    public int? GetInt32(DicomTag tag)
    {
        var value = GetDouble(tag);
        return value is null || double.IsNaN(value.Value) ? null : (int)Math.Clamp(value.Value, int.MinValue, int.MaxValue);
    }

    /// <summary>The first value as an unsigned 16-bit integer, or null.</summary>
    public ushort? GetUInt16(DicomTag tag)
    {
        var value = GetDouble(tag);
        return value is null || double.IsNaN(value.Value) ? null : (ushort)Math.Clamp(value.Value, 0, ushort.MaxValue);
    }

    /// <summary>The first value as a number (from IS/DS text or a binary numeric VR), or null.</summary>
    public double? GetDouble(DicomTag tag)
    {
        if (this[tag] is not DicomElement element || element.Length == 0)
        {
            return null;
        }

        var vr = ValueVR(element);
        if (vr.IsString)
        {
            var first = GetStrings(tag).FirstOrDefault();
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
        }

        var bytes = element.Length > 64 ? ReadPrefix(element, 8) : element.Value.ToArray();
        return BinaryValue(vr, bytes, 0);
    }

    /// <summary>
    /// Every value of a DS or IS element as a number. Surrounding spaces, signs and exponents are allowed, and a
    /// value that is not a number is NaN. Empty when absent.
    /// </summary>
    public double[] GetDoubles(DicomTag tag) =>
        GetStrings(tag)
            .Select(value => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN)
            .ToArray();

    /// <summary>Sets a text value, encoded with <see cref="GetEncoding"/> and padded to even length.</summary>
    public void SetString(DicomTag tag, DicomVR vr, string value)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(value);
        var encoding = vr.IsAffectedBySpecificCharacterSet ? GetEncoding() : DicomCharacterSet.Default;
        var bytes = encoding.GetBytes(value);
        if (bytes.Length % 2 == 1)
        {
            Array.Resize(ref bytes, bytes.Length + 1);
            bytes[^1] = vr.PaddingByte;
        }

        AddOrUpdate(new DicomElement(tag, vr, new MemoryByteSource(bytes)));
    }

    /// <summary>Sets a text value with the VR the dictionary gives (UN for unknown tags).</summary>
    public void SetString(DicomTag tag, string value) =>
        SetString(tag, DicomDictionary.Default.GetDefaultVR(tag) is var vr && vr.IsString ? vr : DicomVR.LO, value);

    /// <summary>Sets US values.</summary>
    public void SetUInt16(DicomTag tag, params ushort[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bytes = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), values[i]);
        }

        AddOrUpdate(new DicomElement(tag, DicomVR.US, new MemoryByteSource(bytes)));
    }

    /// <summary>Sets raw little-endian value bytes (padded with the VR's padding byte to even length).</summary>
    public void SetBytes(DicomTag tag, DicomVR vr, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(bytes);
        var value = bytes;
        if (value.Length % 2 == 1)
        {
            value = new byte[bytes.Length + 1];
            bytes.CopyTo(value, 0);
            value[^1] = vr.PaddingByte;
        }

        AddOrUpdate(new DicomElement(tag, vr, new MemoryByteSource(value)));
    }

    private string? ElementText(DicomElement element)
    {
        var vr = ValueVR(element);
        if (vr.IsString)
        {
            var value = element.Value.ToArray();
            var text = vr.IsAffectedBySpecificCharacterSet
                ? DecodeText(element.Tag, value)
                : DicomCharacterSet.Default.GetString(value);
            return text.TrimEnd(' ', '\0');
        }

        if (vr.ByteSwapUnit == 0 || vr == DicomVR.OB || vr.Has32BitLength && vr != DicomVR.SV && vr != DicomVR.UV)
        {
            return null;
        }

        var bytes = element.Value.ToArray();
        var size = vr == DicomVR.AT ? 4 : vr.ByteSwapUnit;
        var values = new List<string>();
        for (var offset = 0; offset + size <= bytes.Length; offset += size)
        {
            values.Add(vr == DicomVR.AT
                ? new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset)),
                    BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 2))).ToString()
                : BinaryValue(vr, bytes, offset).ToString("R", CultureInfo.InvariantCulture));
        }

        return string.Join('\\', values);
    }

    private static double BinaryValue(DicomVR vr, byte[] bytes, int offset)
    {
        var span = bytes.AsSpan(offset);
        return vr.Code switch
        {
            "US" or "OW" when span.Length >= 2 => BinaryPrimitives.ReadUInt16LittleEndian(span),
            "SS" when span.Length >= 2 => BinaryPrimitives.ReadInt16LittleEndian(span),
            "UL" or "OL" when span.Length >= 4 => BinaryPrimitives.ReadUInt32LittleEndian(span),
            "SL" when span.Length >= 4 => BinaryPrimitives.ReadInt32LittleEndian(span),
            "FL" or "OF" when span.Length >= 4 => BinaryPrimitives.ReadSingleLittleEndian(span),
            "FD" or "OD" when span.Length >= 8 => BinaryPrimitives.ReadDoubleLittleEndian(span),
            "SV" when span.Length >= 8 => BinaryPrimitives.ReadInt64LittleEndian(span),
            "UV" or "OV" when span.Length >= 8 => BinaryPrimitives.ReadUInt64LittleEndian(span),
            _ => double.NaN,
        };
    }

    /// <summary>The VR to interpret the value with: the dictionary's for UN elements (PS3.5 6.2.2).</summary>
    private static DicomVR ValueVR(DicomElement element)
    {
        if (element.VR != DicomVR.UN)
        {
            return element.VR;
        }

        var known = DicomDictionary.Default.GetDefaultVR(element.Tag);
        return known == DicomVR.SQ ? DicomVR.UN : known;
    }

    private static byte[] ReadPrefix(DicomElement element, int count)
    {
        var bytes = new byte[count];
        using var stream = element.Value.OpenRead();
        var read = stream.ReadAtLeast(bytes, count, throwOnEndOfStream: false);
        return bytes[..read];
    }
}
