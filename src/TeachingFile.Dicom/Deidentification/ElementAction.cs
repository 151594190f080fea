namespace TeachingFile.Dicom.Deidentification;

/// <summary>The concrete action taken on one attribute once options and IOD conformance are resolved.</summary>
internal enum ElementAction : byte
{
    /// <summary>Keep the value; a sequence keeps its items and has them de-identified.</summary>
    Keep,

    /// <summary>Clean the value (shift a date, whitelist a description, replace a UID, ...).</summary>
    Clean,

    /// <summary>Remove the attribute.</summary>
    Remove,

    /// <summary>Replace with a zero-length value (an empty sequence for SQ).</summary>
    Zero,

    /// <summary>Replace with a dummy value consistent with the VR.</summary>
    Dummy,

    /// <summary>Replace every instance UID with its keyed replacement.</summary>
    ReplaceUid,
}
