using System.Runtime.InteropServices;

namespace Exhibition.Survey.Storage;

internal static partial class Interop
{
    /// <summary>The C library calls .NET does not offer: fsync of a directory, fdatasync.</summary>
    internal static partial class Libc
    {
        // glibc's soname: plain "libc" would resolve to a linker script on Debian.
        private const string Library = "libc.so.6";

        internal const int ReadOnly = 0;

        [LibraryImport(Library, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int Open(string path, int flags);

        [LibraryImport(Library, EntryPoint = "fsync", SetLastError = true)]
        internal static partial int FSync(int fd);

        [LibraryImport(Library, EntryPoint = "fdatasync", SetLastError = true)]
        internal static partial int FDataSync(int fd);

        [LibraryImport(Library, EntryPoint = "close")]
        internal static partial int Close(int fd);
    }
}
