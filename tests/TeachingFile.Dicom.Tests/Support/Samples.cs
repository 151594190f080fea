namespace TeachingFile.Dicom.Tests.Support;

/// <summary>The sample files under TestData (see TestData/SOURCES.md).</summary>
internal static class Samples
{
    public static string Directory => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    public static IEnumerable<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.dcm").Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> All => new(Names);
}
