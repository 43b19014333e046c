using System.Text.Json;
using Exhibition.Bundle.Format.Zip;
using Exhibition.Bundle.Model;
using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Format;

/// <summary>
/// Reads a bundle. Opening reads only the central directory, the manifest and the signature; every entry read
/// afterwards is checked against the manifest's size and SHA-256. Thread-safe for concurrent entry reads.
/// </summary>
/// <remarks>An entry's local header is checked on its first read (or by <see cref="BundleVerifier"/>), not at open.</remarks>
public sealed partial class BundleReader : IDisposable
{
    private readonly BundleFile _file;
    private readonly Dictionary<string, ZipEntry> _entries;

    private BundleReader(BundleFile file, Dictionary<string, ZipEntry> entries, BundleManifest manifest, PublicKey? signer)
    {
        _file = file;
        _entries = entries;
        Manifest = manifest;
        Signer = signer;
    }

    /// <summary>Opens a bundle; throws <see cref="BundleException"/> naming the file and entry for anything malformed.</summary>
    public static BundleReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return OpenCore(Path.GetFullPath(path));
    }

    /// <summary>The bundle file's full path.</summary>
    public string FilePath => _file.Path;

    /// <summary>The manifest.</summary>
    public BundleManifest Manifest { get; }

    /// <summary>The signer's public key if the bundle is signed and the signature matches the manifest; otherwise null.</summary>
    public PublicKey? Signer { get; }

    /// <summary>Reads and parses <c>tour.json</c>; throws <see cref="BundleException"/> (BadManifest) if malformed.</summary>
    public Tour ReadTour()
    {
        if (!Contains(TourJson.EntryPath))
            throw _file.Fail(BundleErrorCode.BadManifest, TourJson.EntryPath, "the bundle has no tour");
        try
        {
            return TourJson.Deserialize(ReadEntry(TourJson.EntryPath));
        }
        catch (JsonException e)
        {
            throw _file.Fail(BundleErrorCode.BadManifest, TourJson.EntryPath, $"it is not a valid tour ({e.Message})", e);
        }
    }

    /// <summary>Whether the bundle holds an entry at <paramref name="path"/>.</summary>
    public bool Contains(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _entries.ContainsKey(path);
    }

    /// <summary>Reads a whole entry, hash-checked.</summary>
    public byte[] ReadEntry(string path) => ReadContent(Find(path));

    /// <summary>A stream over an entry; a hash or size mismatch throws <see cref="BundleException"/> when the end is reached.</summary>
    public Stream OpenEntry(string path) => OpenContent(Find(path));

    /// <summary>The byte range of a STORED entry's data in the bundle file.</summary>
    public EntryRange GetRange(string path)
    {
        var entry = Find(path);
        if (entry.Method != ZipFormat.MethodStored)
            throw _file.Fail(BundleErrorCode.UnsupportedEntry, entry.Name, "it is compressed, so it has no byte range to read directly");
        return new EntryRange(LocalHeader.DataOffset(_file, entry), entry.Size);
    }

    /// <summary>Throws <see cref="BundleException"/> unless the bundle is signed by one of <paramref name="trusted"/>.</summary>
    public void RequireSigner(IReadOnlyCollection<PublicKey> trusted)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        if (Signer is null)
            throw _file.Fail(BundleErrorCode.Unsigned, null, "the bundle is not signed, and a signature is required");
        if (!trusted.Contains(Signer))
            throw _file.Fail(BundleErrorCode.UntrustedSigner, EntryPaths.SignaturePath, $"the bundle is signed by key {Signer.Fingerprint}, which is not trusted");
    }

    /// <inheritdoc />
    public void Dispose() => _file.Handle.Dispose();

    private ZipEntry Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _entries.TryGetValue(path, out var entry) ? entry
            : throw _file.Fail(BundleErrorCode.MissingEntry, path, "the bundle has no such entry");
    }
}
