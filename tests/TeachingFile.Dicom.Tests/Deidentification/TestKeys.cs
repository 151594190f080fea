namespace TeachingFile.Dicom.Tests.Deidentification;

/// <summary>Fixed site keys, so UIDs and shifts are the same on every run.</summary>
internal static class TestKeys
{
    public static byte[] SiteA { get; } = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static byte[] SiteB { get; } = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();
}
