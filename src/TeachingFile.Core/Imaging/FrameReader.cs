using TeachingFile.Dicom;

namespace TeachingFile.Core.Imaging;

/// <summary>Reads the bytes of one frame from a native Pixel Data value without loading the rest.</summary>
internal static class FrameReader
{
    private const int SkipBufferSize = 81920;

    public static async Task<byte[]> ReadAsync(IByteSource source, long offset, int length, CancellationToken cancellationToken)
    {
        var frame = new byte[length];
        if (source is FileByteSource { SwapUnit: 0 } file)
        {
            // A little-endian value in a file: seek straight to the frame.
            var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                stream.Position = file.Offset + offset;
                await stream.ReadExactlyAsync(frame, cancellationToken).ConfigureAwait(false);
            }

            return frame;
        }

        var input = source.OpenRead();
        await using (input.ConfigureAwait(false))
        {
            if (input.CanSeek)
            {
                input.Position = offset;
            }
            else
            {
                await SkipAsync(input, offset, cancellationToken).ConfigureAwait(false);
            }

            await input.ReadExactlyAsync(frame, cancellationToken).ConfigureAwait(false);
        }

        return frame;
    }

    private static async Task SkipAsync(Stream input, long count, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(SkipBufferSize, Math.Max(1, count))];
        while (count > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken)
                .ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException($"Pixel Data ended {count} bytes before the requested frame.");
            }

            count -= read;
        }
    }
}
