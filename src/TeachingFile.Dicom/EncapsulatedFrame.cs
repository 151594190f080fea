using TeachingFile.Dicom.IO;

namespace TeachingFile.Dicom;

/// <summary>
/// One frame of encapsulated Pixel Data: the fragments that hold it, read only when the frame is
/// opened.
/// </summary>
public sealed class EncapsulatedFrame
{
    internal EncapsulatedFrame(int index, int firstFragment, IReadOnlyList<IByteSource> fragments, long length)
    {
        Index = index;
        FirstFragment = firstFragment;
        Fragments = fragments;
        Length = length;
    }

    /// <summary>The zero-based frame number.</summary>
    public int Index { get; }

    /// <summary>Index in <see cref="DicomFragmentSequence.Fragments"/> of the frame's first fragment.</summary>
    public int FirstFragment { get; }

    /// <summary>The frame's fragments in order, each with its padding byte if the encoder added one.</summary>
    public IReadOnlyList<IByteSource> Fragments { get; }

    /// <summary>
    /// The frame's length in bytes: the sum of its fragment lengths, or the length from Extended
    /// Offset Table Lengths (7FE0,0002), which excludes the padding byte of an odd-length frame.
    /// </summary>
    public long Length { get; }

    /// <summary>
    /// Opens a read-only stream over the frame's bytes (its fragments one after the other, cut to
    /// <see cref="Length"/>). Each fragment is opened only when the stream reaches it.
    /// </summary>
    public Stream OpenRead() => new ConcatenatedStream(Fragments, Length);

    /// <summary>Loads the frame's bytes into memory.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[checked((int)Length)];
        using var stream = OpenRead();
        stream.ReadExactly(bytes);
        return bytes;
    }
}
