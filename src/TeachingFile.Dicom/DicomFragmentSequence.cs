namespace TeachingFile.Dicom;

/// <summary>
/// Encapsulated Pixel Data (PS3.5 A.4): the Basic Offset Table (possibly empty) and the fragments, kept
/// byte for byte as received.
/// </summary>
public sealed class DicomFragmentSequence : DicomItem
{
    /// <summary>Creates encapsulated pixel data from its offset table and fragments.</summary>
    public DicomFragmentSequence(DicomTag tag, DicomVR vr, IByteSource basicOffsetTable, IEnumerable<IByteSource> fragments)
        : base(tag, vr)
    {
        ArgumentNullException.ThrowIfNull(basicOffsetTable);
        ArgumentNullException.ThrowIfNull(fragments);
        BasicOffsetTable = basicOffsetTable;
        Fragments = [.. fragments];
    }

    /// <summary>The first item: Basic Offset Table, empty when the sender did not fill it.</summary>
    public IByteSource BasicOffsetTable { get; }

    /// <summary>The fragments after the offset table, in order.</summary>
    public List<IByteSource> Fragments { get; }

    internal override DicomItem DeepClone() => new DicomFragmentSequence(Tag, VR, BasicOffsetTable, Fragments);
}
