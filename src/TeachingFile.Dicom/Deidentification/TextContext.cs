namespace TeachingFile.Dicom.Deidentification;

/// <summary>
/// How free text (LT, ST, UT, UC) and person names (PN) without their own row are treated inside a
/// sequence: as is, cleaned (a sequence under a Clean option) or replaced by a dummy (a sequence whose
/// action is D, such as Content Sequence or Graphic Annotation Sequence). Stricter values are larger; a
/// nested sequence never relaxes its parent's treatment.
/// </summary>
internal enum TextContext : byte
{
    /// <summary>Free text is kept.</summary>
    Normal = 0,

    /// <summary>Free text is cleaned to imaging vocabulary; names become dummies.</summary>
    Clean = 1,

    /// <summary>Free text and names become dummies.</summary>
    Dummy = 2,
}
