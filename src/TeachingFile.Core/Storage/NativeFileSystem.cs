using System.Runtime.InteropServices;

namespace TeachingFile.Core.Storage;

/// <summary>
/// File-system calls that .NET does not offer: fsync of a directory, so that a rename into it
/// survives a power loss, and link(2), an atomic create-if-absent for a finished file.
/// </summary>
/// <remarks>
/// .NET cannot open a directory as a FileStream or through File.OpenHandle (both reject
/// directories), so on Linux and macOS this calls open(O_RDONLY | O_DIRECTORY), fsync and close
/// from libc. On ext4 (data=ordered, the default) fsync of the file before the rename plus fsync of
/// the directory after it makes the new name durable. On Windows, NTFS journals the rename
/// metadata itself and the call does nothing.
/// </remarks>
internal static class NativeFileSystem
{
    private const int ReadOnly = 0;
    private const int LinuxDirectoryFlag = 0x10000; // O_DIRECTORY on x86-64 and arm64 Linux
    private const int MacDirectoryFlag = 0x100000;  // O_DIRECTORY on macOS
    private const int AlreadyExists = 17;            // EEXIST on Linux and macOS

    public static void FlushDirectory(string directory)
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

    /// <summary>
    /// Gives a file a second name only if that name is free (link(2) fails with EEXIST otherwise), the
    /// atomic "move without overwrite" that File.Move does not guarantee on Linux. Returns false when
    /// the name exists. On Windows it falls back to File.Copy without overwrite.
    /// </summary>
    public static bool TryLinkNoReplace(string existingPath, string newPath)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Copy(existingPath, newPath, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(newPath))
            {
                return false;
            }
        }

        if (Link(NullTerminatedUtf8(existingPath), NullTerminatedUtf8(newPath)) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == AlreadyExists
            ? false
            : throw new IOException($"link('{existingPath}', '{newPath}') failed (errno {errno}).");
    }

    private static byte[] NullTerminatedUtf8(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    // DllImport with a byte[] path needs no unsafe code, unlike LibraryImport's generated marshalling.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(byte[] existingPath, byte[] newPath);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
