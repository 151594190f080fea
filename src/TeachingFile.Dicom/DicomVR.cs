namespace TeachingFile.Dicom;

/// <summary>A value representation of PS3.5 Section 6.2.</summary>
public sealed class DicomVR
{
    private static readonly Dictionary<string, DicomVR> ByCode = new(StringComparer.Ordinal);

    private DicomVR(string code, VRKind kind, int swapUnit, bool has32BitLength, bool charset = false)
    {
        Code = code;
        IsString = kind is VRKind.Text or VRKind.Uid;
        IsAffectedBySpecificCharacterSet = charset;
        Has32BitLength = has32BitLength;
        ByteSwapUnit = swapUnit;
        PaddingByte = kind == VRKind.Text ? (byte)0x20 : (byte)0x00;
        IsMultiValuedText = IsString && code is not ("LT" or "ST" or "UT" or "UR");
        ByCode.Add(code, this);
    }

    private enum VRKind
    {
        Text,
        Uid,
        Binary,
        Sequence,
    }

    /// <summary>The two-letter code, e.g. "PN".</summary>
    public string Code { get; }

    /// <summary>True for text VRs (AE AS CS DA DS DT IS LO LT PN SH ST TM UC UI UR UT).</summary>
    public bool IsString { get; }

    /// <summary>True for VRs whose text uses Specific Character Set: SH LO ST LT PN UC UT.</summary>
    public bool IsAffectedBySpecificCharacterSet { get; }

    /// <summary>True when explicit VR encoding uses 2 reserved bytes and a 32-bit length.</summary>
    public bool Has32BitLength { get; }

    /// <summary>Bytes per value to swap between little and big endian; 0 for bytes and text.</summary>
    public int ByteSwapUnit { get; }

    /// <summary>The byte that pads a value to even length: space for text, zero for UI and binary.</summary>
    public byte PaddingByte { get; }

    /// <summary>True for text VRs whose values are separated by backslash (not LT, ST, UT, UR).</summary>
    public bool IsMultiValuedText { get; }

    /// <summary>Application Entity.</summary>
    public static readonly DicomVR AE = new("AE", VRKind.Text, 0, false);
    /// <summary>Age String.</summary>
    public static readonly DicomVR AS = new("AS", VRKind.Text, 0, false);
    /// <summary>Attribute Tag.</summary>
    public static readonly DicomVR AT = new("AT", VRKind.Binary, 2, false);
    /// <summary>Code String.</summary>
    public static readonly DicomVR CS = new("CS", VRKind.Text, 0, false);
    /// <summary>Date.</summary>
    public static readonly DicomVR DA = new("DA", VRKind.Text, 0, false);
    /// <summary>Decimal String.</summary>
    public static readonly DicomVR DS = new("DS", VRKind.Text, 0, false);
    /// <summary>Date Time.</summary>
    public static readonly DicomVR DT = new("DT", VRKind.Text, 0, false);
    /// <summary>Floating Point Double.</summary>
    public static readonly DicomVR FD = new("FD", VRKind.Binary, 8, false);
    /// <summary>Floating Point Single.</summary>
    public static readonly DicomVR FL = new("FL", VRKind.Binary, 4, false);
    /// <summary>Integer String.</summary>
    public static readonly DicomVR IS = new("IS", VRKind.Text, 0, false);
    /// <summary>Long String.</summary>
    public static readonly DicomVR LO = new("LO", VRKind.Text, 0, false, charset: true);
    /// <summary>Long Text.</summary>
    public static readonly DicomVR LT = new("LT", VRKind.Text, 0, false, charset: true);
    /// <summary>Other Byte.</summary>
    public static readonly DicomVR OB = new("OB", VRKind.Binary, 0, true);
    /// <summary>Other Double.</summary>
    public static readonly DicomVR OD = new("OD", VRKind.Binary, 8, true);
    /// <summary>Other Float.</summary>
    public static readonly DicomVR OF = new("OF", VRKind.Binary, 4, true);
    /// <summary>Other Long.</summary>
    public static readonly DicomVR OL = new("OL", VRKind.Binary, 4, true);
    /// <summary>Other 64-bit Very Long.</summary>
    public static readonly DicomVR OV = new("OV", VRKind.Binary, 8, true);
    /// <summary>Other Word.</summary>
    public static readonly DicomVR OW = new("OW", VRKind.Binary, 2, true);
    /// <summary>Person Name.</summary>
    public static readonly DicomVR PN = new("PN", VRKind.Text, 0, false, charset: true);
    /// <summary>Short String.</summary>
    public static readonly DicomVR SH = new("SH", VRKind.Text, 0, false, charset: true);
    /// <summary>Signed Long.</summary>
    public static readonly DicomVR SL = new("SL", VRKind.Binary, 4, false);
    /// <summary>Sequence of Items.</summary>
    public static readonly DicomVR SQ = new("SQ", VRKind.Sequence, 0, true);
    /// <summary>Signed Short.</summary>
    public static readonly DicomVR SS = new("SS", VRKind.Binary, 2, false);
    /// <summary>Short Text.</summary>
    public static readonly DicomVR ST = new("ST", VRKind.Text, 0, false, charset: true);
    /// <summary>Signed 64-bit Very Long.</summary>
    public static readonly DicomVR SV = new("SV", VRKind.Binary, 8, true);
    /// <summary>Time.</summary>
    public static readonly DicomVR TM = new("TM", VRKind.Text, 0, false);
    /// <summary>Unlimited Characters.</summary>
    public static readonly DicomVR UC = new("UC", VRKind.Text, 0, true, charset: true);
    /// <summary>Unique Identifier.</summary>
    public static readonly DicomVR UI = new("UI", VRKind.Uid, 0, false);
    /// <summary>Unsigned Long.</summary>
    public static readonly DicomVR UL = new("UL", VRKind.Binary, 4, false);
    /// <summary>Unknown.</summary>
    public static readonly DicomVR UN = new("UN", VRKind.Binary, 0, true);
    /// <summary>Universal Resource Identifier or Locator.</summary>
    public static readonly DicomVR UR = new("UR", VRKind.Text, 0, true);
    /// <summary>Unsigned Short.</summary>
    public static readonly DicomVR US = new("US", VRKind.Binary, 2, false);
    /// <summary>Unlimited Text.</summary>
    public static readonly DicomVR UT = new("UT", VRKind.Text, 0, true, charset: true);
    /// <summary>Unsigned 64-bit Very Long.</summary>
    public static readonly DicomVR UV = new("UV", VRKind.Binary, 8, true);

    /// <summary>Returns the VR for a two-letter code.</summary>
    /// <exception cref="FormatException">The code is not a VR of PS3.5 Table 6.2-1.</exception>
    public static DicomVR Parse(string code) =>
        TryParse(code, out var vr)
            ? vr!
            : throw new FormatException($"'{code}' is not a DICOM value representation (PS3.5 Table 6.2-1).");

    /// <summary>Returns the VR for a two-letter code, or false when there is none.</summary>
    public static bool TryParse(string? code, out DicomVR? vr)
    {
        vr = null;
        return code is not null && ByCode.TryGetValue(code, out vr);
    }

    /// <summary>Returns the VR whose code is the two ASCII bytes given, or null.</summary>
    internal static DicomVR? FromBytes(byte first, byte second)
    {
        if (first is < (byte)'A' or > (byte)'Z' || second is < (byte)'A' or > (byte)'Z')
        {
            return null;
        }

        Span<char> code = [(char)first, (char)second];
        return ByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var vr) ? vr : null;
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
