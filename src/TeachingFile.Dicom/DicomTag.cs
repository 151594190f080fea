using System.Globalization;

namespace TeachingFile.Dicom;

/// <summary>A data element tag (group, element) of PS3.5 Section 7.1.</summary>
public readonly struct DicomTag : IEquatable<DicomTag>, IComparable<DicomTag>
{
    /// <summary>(FFFE,E000) Item.</summary>
    public static readonly DicomTag Item = new(0xFFFE, 0xE000);

    /// <summary>(FFFE,E00D) Item Delimitation Item.</summary>
    public static readonly DicomTag ItemDelimitationItem = new(0xFFFE, 0xE00D);

    /// <summary>(FFFE,E0DD) Sequence Delimitation Item.</summary>
    public static readonly DicomTag SequenceDelimitationItem = new(0xFFFE, 0xE0DD);

    /// <summary>Creates a tag from its group and element numbers.</summary>
    public DicomTag(ushort group, ushort element)
    {
        Group = group;
        Element = element;
    }

    /// <summary>Creates a tag from its 32-bit value, group in the high 16 bits.</summary>
    public DicomTag(uint value)
        : this((ushort)(value >> 16), (ushort)value)
    {
    }

    /// <summary>The group number.</summary>
    public ushort Group { get; }

    /// <summary>The element number.</summary>
    public ushort Element { get; }

    /// <summary>The tag as one number: group &lt;&lt; 16 | element.</summary>
    public uint Value => ((uint)Group << 16) | Element;

    /// <summary>True for a private tag: odd group other than 0001, 0003, 0005, 0007 and FFFF (PS3.5 7.1).</summary>
    public bool IsPrivate => (Group & 1) == 1 && Group is not (0x0001 or 0x0003 or 0x0005 or 0x0007 or 0xFFFF);

    /// <summary>True for a Private Creator element: private group, element 0010 to 00FF.</summary>
    public bool IsPrivateCreator => IsPrivate && Element is >= 0x0010 and <= 0x00FF;

    /// <summary>True for a group length element (gggg,0000).</summary>
    public bool IsGroupLength => Element == 0;

    /// <summary>Parses "(0010,0010)", "0010,0010" or "00100010" (hexadecimal, any case).</summary>
    /// <exception cref="FormatException">The text is not a tag.</exception>
    public static DicomTag Parse(string s) =>
        TryParse(s, out var tag)
            ? tag
            : throw new FormatException($"'{s}' is not a DICOM tag; expected \"(gggg,eeee)\" or \"ggggeeee\" in hex.");

    /// <summary>Parses a tag as <see cref="Parse"/> does, returning false instead of throwing.</summary>
    public static bool TryParse(string? s, out DicomTag tag)
    {
        tag = default;
        if (s is null)
        {
            return false;
        }

        var text = s.Trim();
        if (text.StartsWith('(') && text.EndsWith(')'))
        {
            text = text[1..^1];
        }

        text = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (text.Length != 8
            || !uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        tag = new DicomTag(value);
        return true;
    }

    /// <summary>Returns "(gggg,eeee)" in upper-case hexadecimal.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Group:X4},{Element:X4})");

    /// <inheritdoc/>
    public bool Equals(DicomTag other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DicomTag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Value;

    /// <inheritdoc/>
    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    /// <summary>Equality of tags.</summary>
    public static bool operator ==(DicomTag left, DicomTag right) => left.Equals(right);

    /// <summary>Inequality of tags.</summary>
    public static bool operator !=(DicomTag left, DicomTag right) => !left.Equals(right);

    /// <summary>Tag order.</summary>
    public static bool operator <(DicomTag left, DicomTag right) => left.Value < right.Value;

    /// <summary>Tag order.</summary>
    public static bool operator >(DicomTag left, DicomTag right) => left.Value > right.Value;

    /// <summary>Tag order.</summary>
    public static bool operator <=(DicomTag left, DicomTag right) => left.Value <= right.Value;

    /// <summary>Tag order.</summary>
    public static bool operator >=(DicomTag left, DicomTag right) => left.Value >= right.Value;
}
