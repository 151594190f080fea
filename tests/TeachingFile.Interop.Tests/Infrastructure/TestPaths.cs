using System.Reflection;

namespace TeachingFile.Interop.Tests.Infrastructure;

/// <summary>Locations of the server build and of the test data, resolved from the test assembly.</summary>
internal static class TestPaths
{
    public static string TestDataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <summary>Output directory of TeachingFile.Web for the configuration the tests were built in.</summary>
    public static string WebOutputDirectory => BuildPath("WebProjectOutputDirectory");

    public static string WebAssemblyPath => Path.Combine(WebOutputDirectory, "TeachingFile.Web.dll");

    public static string TestData(string fileName)
    {
        var path = Path.Combine(TestDataDirectory, fileName);
        Assert.True(File.Exists(path), $"Test data file {path} is missing; it belongs in tests/TeachingFile.Interop.Tests/TestData.");
        return path;
    }

    private static string BuildPath(string key)
    {
        var value = typeof(TestPaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key)
            .Value!;
        return Path.GetFullPath(value);
    }

    /// <summary>Creates an empty directory under the system temp directory for one test or fixture.</summary>
    public static string CreateTempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
