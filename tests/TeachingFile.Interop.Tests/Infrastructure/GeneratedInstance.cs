namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>One Part 10 file of a <see cref="GeneratedStudy"/> and the SHA-256 of its Pixel Data, which de-identification keeps.</summary>
internal sealed record GeneratedInstance(int Index, string Path, string SopInstanceUid, long FileLength, string PixelSha256)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
