namespace TeachingFile.Core.Imaging;

/// <summary>An 8-bit image, row by row, with 1 (gray) or 3 (R, G, B) interleaved channels per pixel.</summary>
internal sealed record RenderedImage(int Width, int Height, int Channels, byte[] Pixels);
