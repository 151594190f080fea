namespace TeachingFile.Dicom;

/// <summary>A sequence of items (VR SQ), each a nested data set.</summary>
public sealed class DicomSequence : DicomItem
{
    /// <summary>Creates a sequence holding <paramref name="items"/>.</summary>
    public DicomSequence(DicomTag tag, IEnumerable<DicomDataset>? items = null)
        : base(tag, DicomVR.SQ)
    {
        Items = items is null ? [] : [.. items];
    }

    /// <summary>
    /// The items. Their <see cref="DicomDataset.Parent"/> is set when the sequence is added to a data set with
    /// <see cref="DicomDataset.AddOrUpdate"/>.
    /// </summary>
    public List<DicomDataset> Items { get; }

    internal override DicomItem DeepClone() => new DicomSequence(Tag, Items.Select(item => item.Clone()));
}
