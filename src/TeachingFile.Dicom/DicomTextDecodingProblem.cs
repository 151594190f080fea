namespace TeachingFile.Dicom;

/// <summary>Why a text value did not decode cleanly with its Specific Character Set, and what the library did.</summary>
public enum DicomTextDecodingProblem
{
    /// <summary>The value decoded cleanly.</summary>
    None,

    /// <summary>
    /// A term of Specific Character Set is not a defined term, and the value has bytes above 0x7F. Text is
    /// decoded with the other terms, or as Latin-1 when value 1 is the unknown term.
    /// </summary>
    UnknownCharacterSet,

    /// <summary>
    /// Bytes that are invalid in the declared character set (bytes above 0x7F in the default repertoire).
    /// Each invalid character becomes U+FFFD, except that the default repertoire decodes bytes above 0x7F as
    /// Latin-1.
    /// </summary>
    InvalidBytes,

    /// <summary>
    /// ISO 2022 bytes above 0x7F with no G1 set designated. They are decoded with the first G1 set that
    /// Specific Character Set lists, or as Latin-1 when it lists none.
    /// </summary>
    MissingEscapeSequence,

    /// <summary>An ESC that starts no escape sequence of a defined term; the escape sequence is skipped.</summary>
    UnknownEscapeSequence,
}
