using System.Runtime.InteropServices;

namespace InternalControl.Application.Files;

/// <summary>What a path names, as far as writing a file there goes: nothing yet, a regular file, or something else.</summary>
internal static partial class FileTarget
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 1;
    private const int FormatMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True when <paramref name="path"/> exists and is not a regular file (a folder, a device, a pipe, a socket).</summary>
    public static bool IsSpecial(string path)
    {
        if (Directory.Exists(path))
        {
            return true;
        }

        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return (File.GetAttributes(path) & FileAttributes.Device) != 0;
        }

        // .NET reports a device node as an ordinary file, so ask the kernel for the file's type. statx has one
        // layout on every architecture: the 16-bit mode sits at byte 28 of its 256-byte buffer.
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return false;
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        return (mode & FormatMask) != RegularFile;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
