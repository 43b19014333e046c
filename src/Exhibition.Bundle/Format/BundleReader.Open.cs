using Exhibition.Bundle.Format.Zip;
using Exhibition.Bundle.Signing;
using Microsoft.Win32.SafeHandles;

namespace Exhibition.Bundle.Format;

public sealed partial class BundleReader
{
    private static BundleReader OpenCore(string path)
    {
        var handle = OpenHandle(path);
        try
        {
            var file = new BundleFile(handle, RandomAccess.GetLength(handle), path);
            var (list, _) = ZipDirectory.Read(file);
            var entries = new Dictionary<string, ZipEntry>(list.Count, StringComparer.Ordinal);
            foreach (var entry in list)
            {
                if (!entries.TryAdd(entry.Name, entry))
                    throw file.Fail(BundleErrorCode.DuplicateEntry, entry.Name, "the bundle holds two entries with this name");
            }
            var manifestBytes = ReadManifestBytes(file, entries);
            var manifest = ManifestJson.Parse(manifestBytes, path);
            Match(file, entries, manifest);
            var signer = entries.TryGetValue(EntryPaths.SignaturePath, out var signature)
                ? SignatureJson.Verify(ReadSmall(file, signature, SignatureJson.MaxBytes, BundleErrorCode.BadSignature), manifestBytes, path)
                : null;
            return new BundleReader(file, entries, manifest, signer);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static SafeFileHandle OpenHandle(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BundleErrors.For(BundleErrorCode.Unreadable, path, null, $"cannot be read ({e.Message})", e);
        }
    }

    private static byte[] ReadManifestBytes(BundleFile file, Dictionary<string, ZipEntry> entries) =>
        entries.TryGetValue(BundleManifest.EntryPath, out var entry)
            ? ReadSmall(file, entry, ManifestJson.MaxBytes, BundleErrorCode.BadManifest)
            : throw file.Fail(BundleErrorCode.BadManifest, BundleManifest.EntryPath, "the bundle has no manifest");

    private static byte[] ReadSmall(BundleFile file, ZipEntry entry, int maxBytes, BundleErrorCode code) =>
        entry.Size <= maxBytes
            ? ReadContent(file, entry)
            : throw file.Fail(code, entry.Name, $"at {entry.Size} bytes it is larger than the {maxBytes}-byte limit");

    /// <summary>Every listed entry is present at its listed size, and every present entry is listed.</summary>
    private static void Match(BundleFile file, Dictionary<string, ZipEntry> entries, BundleManifest manifest)
    {
        foreach (var listed in manifest.Entries)
        {
            if (!entries.TryGetValue(listed.Path, out var entry))
                throw file.Fail(BundleErrorCode.MissingEntry, listed.Path, "the manifest lists it but the bundle does not hold it");
            if (entry.Size != listed.Size)
                throw file.Fail(BundleErrorCode.SizeMismatch, listed.Path, $"the manifest says {listed.Size} bytes, the ZIP directory {entry.Size}");
            entry.Sha256 = Convert.FromHexString(listed.Sha256);
        }
        foreach (var entry in entries.Values)
        {
            if (entry.Sha256 is null && !EntryPaths.IsReserved(entry.Name))
                throw file.Fail(BundleErrorCode.MissingEntry, entry.Name, "the bundle holds it but the manifest does not list it");
        }
    }
}
