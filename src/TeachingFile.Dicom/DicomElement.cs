namespace TeachingFile.Dicom;

/// <summary>A data element with a value (any VR but SQ; encapsulated pixel data is a <see cref="DicomFragmentSequence"/>).</summary>
public sealed class DicomElement : DicomItem
{
    /// <summary>Creates an element whose little-endian value bytes come from <paramref name="value"/>.</summary>
    public DicomElement(DicomTag tag, DicomVR vr, IByteSource value)
        : base(tag, vr)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The value bytes, little endian.</summary>
    public IByteSource Value { get; }

    /// <summary>The value length in bytes.</summary>
    public long Length => Value.Length;

    internal override DicomItem DeepClone() => this;
}
