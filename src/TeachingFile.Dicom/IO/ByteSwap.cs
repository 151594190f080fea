namespace TeachingFile.Dicom.IO;

/// <summary>Reverses the byte order of fixed-size words.</summary>
internal static class ByteSwap
{
    /// <summary>Swaps every whole word of <paramref name="unit"/> bytes; a trailing partial word is left.</summary>
    public static void InPlace(Span<byte> bytes, int unit)
    {
        if (unit <= 1)
        {
            return;
        }

        var whole = bytes.Length - (bytes.Length % unit);
        for (var i = 0; i < whole; i += unit)
        {
            bytes.Slice(i, unit).Reverse();
        }
    }
}
