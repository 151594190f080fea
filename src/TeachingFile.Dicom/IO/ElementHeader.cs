namespace TeachingFile.Dicom.IO;

/// <summary>A parsed element header: where it starts, its tag, VR and value length.</summary>
internal readonly record struct ElementHeader(long Offset, DicomTag Tag, DicomVR VR, uint Length, bool VRWasImplicit)
{
    public const uint UndefinedLength = 0xFFFFFFFF;

    public bool IsUndefinedLength => Length == UndefinedLength;
}
