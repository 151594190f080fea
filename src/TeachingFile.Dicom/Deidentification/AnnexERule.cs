namespace TeachingFile.Dicom.Deidentification;

/// <summary>One row of PS3.15 Table E.1-1.</summary>
/// <param name="Tag">The tag value (group &lt;&lt; 16 | element), with 0 for every x digit.</param>
/// <param name="Mask">Bits of a tag that must equal <paramref name="Tag"/>; 0xFFFFFFFF for an exact tag.</param>
/// <param name="Keyword">The PS3.6 keyword; empty for rows the dictionary does not name.</param>
/// <param name="Name">The attribute name as the table gives it.</param>
/// <param name="VR">The VR code from PS3.6 (e.g. "LO", "OB or OW"); empty when unknown.</param>
/// <param name="BasicAction">The Basic Profile action.</param>
/// <param name="KeepOptions">Options whose column says K for this row.</param>
/// <param name="CleanOptions">Options whose column says C for this row.</param>
internal readonly record struct AnnexERule(
    uint Tag,
    uint Mask,
    string Keyword,
    string Name,
    string VR,
    AnnexEAction BasicAction,
    AnnexEOptions KeepOptions,
    AnnexEOptions CleanOptions)
{
    /// <summary>True when <paramref name="tag"/> matches this row's tag or mask.</summary>
    public bool Matches(uint tag) => (tag & Mask) == Tag;
}
