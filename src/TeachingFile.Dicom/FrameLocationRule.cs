namespace TeachingFile.Dicom;

/// <summary>The rule <see cref="EncapsulatedFrames"/> used to find where each frame starts and ends.</summary>
public enum FrameLocationRule
{
    /// <summary>
    /// MPEG-2, H.264 or HEVC: the fragments are one video bitstream, returned as a single entry
    /// whatever the value of Number of Frames.
    /// </summary>
    VideoBitstream,

    /// <summary>Extended Offset Table (7FE0,0001) with Extended Offset Table Lengths (7FE0,0002).</summary>
    ExtendedOffsetTable,

    /// <summary>The offsets in the Basic Offset Table item.</summary>
    BasicOffsetTable,

    /// <summary>Empty Basic Offset Table and one frame: every fragment belongs to it.</summary>
    SingleFrame,

    /// <summary>Empty Basic Offset Table and as many fragments as frames.</summary>
    OneFragmentPerFrame,

    /// <summary>
    /// Empty Basic Offset Table and more fragments than frames: a frame ends with the fragment whose
    /// last bytes hold the JPEG or JPEG-LS end-of-image marker or the JPEG 2000 end-of-codestream
    /// marker (FFD9), also when the marker's FF ends the previous fragment and its D9 starts this one.
    /// </summary>
    EndOfImageMarker,
}
