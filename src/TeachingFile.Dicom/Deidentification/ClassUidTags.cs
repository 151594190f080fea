using System.Collections.Frozen;

namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// UI attributes that name a class, scheme or syntax rather than an instance. Their values are never
/// replaced, even when they are private (e.g. a vendor's private SOP class).
/// </summary>
internal static class ClassUidTags
{
    private static readonly FrozenSet<uint> Tags = new uint[]
    {
        0x00000002, // Affected SOP Class UID
        0x00000003, // Requested SOP Class UID
        0x00020002, // Media Storage SOP Class UID
        0x00020010, // Transfer Syntax UID
        0x00020012, // Implementation Class UID
        0x00020100, // Private Information Creator UID
        0x00041510, // Referenced SOP Class UID in File
        0x00041512, // Referenced Transfer Syntax UID in File
        0x0004151A, // Referenced Related General SOP Class UID in File
        0x00080016, // SOP Class UID
        0x0008001A, // Related General SOP Class UID
        0x0008001B, // Original Specialized SOP Class UID
        0x00080062, // SOP Classes in Study
        0x0008010C, // Coding Scheme UID
        0x0008010D, // Context Group Extension Creator UID
        0x00080117, // Context UID
        0x00080118, // Mapping Resource UID
        0x00081150, // Referenced SOP Class UID
        0x00089123, // Creator-Version UID
        0x04000010, // MAC Calculation Transfer Syntax UID
    }.ToFrozenSet();

    /// <summary>True when the attribute contains class UIDs.</summary>
    public static bool Contains(uint tag) => Tags.Contains(tag);
}
