namespace TeachingFile.Dicom;

/// <summary>A data element of a data set: a value, a sequence or encapsulated pixel data.</summary>
public abstract class DicomItem
{
    /// <summary>Creates the item.</summary>
    protected DicomItem(DicomTag tag, DicomVR vr)
    {
        ArgumentNullException.ThrowIfNull(vr);
        Tag = tag;
        VR = vr;
    }

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The value representation (as read; UN stays UN).</summary>
    public DicomVR VR { get; }

    /// <summary>Returns a copy that shares byte sources but no mutable state.</summary>
    internal abstract DicomItem DeepClone();

    /// <inheritdoc/>
    public override string ToString() => $"{Tag} {VR}";
}
