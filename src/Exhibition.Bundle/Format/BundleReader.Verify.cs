using Exhibition.Bundle.Format.Zip;

namespace Exhibition.Bundle.Format;

public sealed partial class BundleReader
{
    private const int VerifyBufferSize = 1 << 20;

    /// <summary>Checks every entry's local header, size and hash, in file order so the disk reads sequentially.</summary>
    internal void VerifyContents(IProgress<double>? progress)
    {
        var ordered = _entries.Values.OrderBy(e => e.LocalHeaderOffset).ToArray();
        var total = ordered.Sum(e => e.Size);
        var done = 0L;
        var buffer = GC.AllocateUninitializedArray<byte>(VerifyBufferSize);
        progress?.Report(0);
        foreach (var entry in ordered)
        {
            using var content = OpenContent(entry);
            int n;
            while ((n = content.Read(buffer)) > 0)
            {
                done += n;
                progress?.Report(total == 0 ? 0 : (double)done / total);
            }
        }
        progress?.Report(1);
    }
}
