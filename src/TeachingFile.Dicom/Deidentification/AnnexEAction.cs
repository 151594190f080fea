namespace TeachingFile.Dicom.Deidentification;

/// <summary>An action code of PS3.15 Table E.1-1a, as the Basic Profile column of Table E.1-1 gives it.</summary>
internal enum AnnexEAction : byte
{
    /// <summary>K: keep the value; a kept sequence has its items de-identified.</summary>
    Keep,

    /// <summary>C: replace with values of similar meaning that contain no identifying information.</summary>
    Clean,

    /// <summary>X: remove the attribute.</summary>
    Remove,

    /// <summary>Z: replace with a zero-length value.</summary>
    Zero,

    /// <summary>D: replace with a non-zero-length dummy value consistent with the VR.</summary>
    Dummy,

    /// <summary>U: replace with a UID that is consistent within the set of instances.</summary>
    ReplaceUid,

    /// <summary>Z/D: Z unless D is needed for IOD conformance (Type 2 versus Type 1).</summary>
    ZeroOrDummy,

    /// <summary>X/Z: X unless Z is needed for IOD conformance (Type 3 versus Type 2).</summary>
    RemoveOrZero,

    /// <summary>X/D: X unless D is needed for IOD conformance (Type 3 versus Type 1).</summary>
    RemoveOrDummy,

    /// <summary>X/Z/D: X unless Z or D is needed for IOD conformance (Type 3, 2 or 1).</summary>
    RemoveOrZeroOrDummy,

    /// <summary>X/Z/U*: X unless Z, or a sequence with its instance UIDs replaced, is needed for IOD
    /// conformance.</summary>
    RemoveOrZeroOrReplaceUids,
}
