using System.Security.Cryptography;
using Exhibition.Bundle.Format.Zip;
using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Format;

public sealed partial class BundleWriter
{
    /// <summary>
    /// Writes every entry, then <c>manifest.json</c> and, with a key, <c>signature.json</c>, flushes, and renames the
    /// result into place. Returns the manifest written.
    /// </summary>
    public BundleManifest Commit(string bundleId, string version, SigningKey? signingKey = null, IProgress<double>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ThrowIfFinished();
        try
        {
            var manifest = CommitCore(_temp!, bundleId, version, signingKey, progress);
            _temp!.Dispose();
            File.Move(_tempPath, _destination, overwrite: true);
            return manifest;
        }
        finally
        {
            Abandon();
        }
    }

    private BundleManifest CommitCore(FileStream output, string bundleId, string version, SigningKey? key, IProgress<double>? progress)
    {
        var zip = new ZipWriter(output, ForceZip64);
        var total = _entries.Values.Sum(e => e.Bytes?.LongLength ?? new FileInfo(e.File!).Length);
        var done = 0L;
        Action<long> onBytes = n =>
        {
            done += n;
            progress?.Report(total == 0 ? 0 : Math.Min(1.0, (double)done / total));
        };
        var listed = new List<ManifestEntry>(_entries.Count);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, source) in _entries)
        {
            using var content = Open(source);
            var size = content.Length;
            zip.AddStored(path, content, size, sha, onBytes);
            listed.Add(new ManifestEntry(path, size, Convert.ToHexStringLower(sha.GetHashAndReset())));
        }
        var manifest = new BundleManifest(BundleManifest.CurrentFormat, bundleId, version, listed);
        var manifestBytes = ManifestJson.Serialize(manifest);
        AddBytes(zip, BundleManifest.EntryPath, manifestBytes);
        if (key is not null)
            AddBytes(zip, EntryPaths.SignaturePath, SignatureJson.Serialize(key.PublicKey, key.Sign(manifestBytes)));
        zip.Finish();
        output.Flush(flushToDisk: true);
        progress?.Report(1.0);
        return manifest;
    }

    private static Stream Open(EntrySource source) => source.Bytes is { } bytes
        ? new MemoryStream(bytes, writable: false)
        : new FileStream(source.File!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    private static void AddBytes(ZipWriter zip, string path, byte[] bytes)
    {
        using var content = new MemoryStream(bytes, writable: false);
        zip.AddStored(path, content, bytes.Length, null, null);
    }
}
