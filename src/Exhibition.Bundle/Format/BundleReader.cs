using Exhibition.Bundle.Model;
using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Format;

/// <summary>
/// Reads a bundle. Opening reads only the central directory, the manifest and the signature; every entry read
/// afterwards is checked against the manifest's size and SHA-256. Thread-safe for concurrent entry reads.
/// </summary>
public sealed class BundleReader : IDisposable
{
    /// <summary>Opens a bundle; throws <see cref="BundleException"/> naming the file and entry for anything malformed.</summary>
    public static BundleReader Open(string path) => throw new NotImplementedException();

    /// <summary>The bundle file's full path.</summary>
    public string FilePath => throw new NotImplementedException();

    /// <summary>The manifest.</summary>
    public BundleManifest Manifest => throw new NotImplementedException();

    /// <summary>The signer's public key if the bundle is signed and the signature matches the manifest; otherwise null.</summary>
    public PublicKey? Signer => throw new NotImplementedException();

    /// <summary>Reads and parses <c>tour.json</c>; throws <see cref="BundleException"/> (BadManifest) if malformed.</summary>
    public Tour ReadTour() => throw new NotImplementedException();

    /// <summary>Whether the bundle holds an entry at <paramref name="path"/>.</summary>
    public bool Contains(string path) => throw new NotImplementedException();

    /// <summary>Reads a whole entry, hash-checked.</summary>
    public byte[] ReadEntry(string path) => throw new NotImplementedException();

    /// <summary>A stream over an entry; a hash or size mismatch throws <see cref="BundleException"/> when the end is reached.</summary>
    public Stream OpenEntry(string path) => throw new NotImplementedException();

    /// <summary>The byte range of a STORED entry's data in the bundle file.</summary>
    public EntryRange GetRange(string path) => throw new NotImplementedException();

    /// <summary>Throws <see cref="BundleException"/> unless the bundle is signed by one of <paramref name="trusted"/>.</summary>
    public void RequireSigner(IReadOnlyCollection<PublicKey> trusted) => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose() { }
}
