using System.Buffers.Binary;

namespace TeachingFile.Dicom.Tests.Network;

/// <summary>Finds sample files in the test project's TestData folder and splits them into meta group and data set.</summary>
internal static class NetworkTestData
{
    public static string PathOf(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "TestData", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Test file {fileName} not found in a TestData folder above {AppContext.BaseDirectory}.");
    }

    /// <summary>Returns the bytes after the file meta group, read through its group length (0002,0000).</summary>
    public static byte[] DataSetBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("DICM"u8.ToArray(), bytes[128..132]);
        Assert.Equal(new byte[] { 0x02, 0x00, 0x00, 0x00, (byte)'U', (byte)'L' }, bytes[132..138]);
        var groupLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(140));
        return bytes[(144 + (int)groupLength)..];
    }
}
