using System.Runtime.InteropServices;

namespace TeachingFile.Core.Storage;

/// <summary>
/// Flushes a directory's entries to disk so that a rename into it survives a power loss.
/// </summary>
/// <remarks>
/// .NET cannot open a directory as a FileStream or through File.OpenHandle (both reject
/// directories), so on Linux and macOS this calls open(O_RDONLY | O_DIRECTORY), fsync and close
/// from libc. On ext4 (data=ordered, the default) fsync of the file before the rename plus fsync of
/// the directory after it makes the new name durable. On Windows, NTFS journals the rename
/// metadata itself and the call does nothing.
/// </remarks>
internal static class DirectorySync
{
    private const int ReadOnly = 0;
    private const int LinuxDirectoryFlag = 0x10000; // O_DIRECTORY on x86-64 and arm64 Linux
    private const int MacDirectoryFlag = 0x100000;  // O_DIRECTORY on macOS

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var flags = ReadOnly | (OperatingSystem.IsMacOS() ? MacDirectoryFlag : LinuxDirectoryFlag);
        var descriptor = Open(NullTerminatedUtf8(directory), flags);
        if (descriptor < 0)
        {
            throw new IOException(
                $"Could not open directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException(
                    $"fsync of directory '{directory}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    private static byte[] NullTerminatedUtf8(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    // DllImport with a byte[] path needs no unsafe code, unlike LibraryImport's generated marshalling.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
