using Microsoft.Win32.SafeHandles;

namespace Exhibition.Bundle.Format.Zip;

/// <summary>Positioned reads of the bundle file that turn a short read into a <see cref="BundleErrorCode.Truncated"/> error.</summary>
internal readonly record struct BundleFile(SafeFileHandle Handle, long Length, string Path)
{
    public void ReadExactly(Span<byte> buffer, long offset, string? entry, string what)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var n = RandomAccess.Read(Handle, buffer[done..], offset + done);
            if (n == 0)
                throw Fail(BundleErrorCode.Truncated, entry, $"the file ends inside {what} (offset {offset + done})");
            done += n;
        }
    }

    public BundleException Fail(BundleErrorCode code, string? entry, string problem, Exception? inner = null) =>
        BundleErrors.For(code, Path, entry, problem, inner);
}
