namespace TeachingFile.Core.Tests.Imaging;

/// <summary>Finds files under tests/TeachingFile.Core.Tests/TestData from the test binaries' folder.</summary>
internal static class TestFiles
{
    public static string Path(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "TestData", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            candidate = System.IO.Path.Combine(directory.FullName, "tests", "TeachingFile.Core.Tests", "TestData", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Test file {name} is not in tests/TeachingFile.Core.Tests/TestData.", name);
    }
}
