using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Format;

/// <summary>Full verification: ZIP structure, manifest schema, every entry's size and hash, and the signature.</summary>
public static class BundleVerifier
{
    /// <summary>
    /// Verifies the bundle at <paramref name="path"/>. Throws <see cref="BundleException"/> naming the first bad entry.
    /// With <paramref name="trusted"/> set, an unsigned or untrusted bundle fails too.
    /// </summary>
    public static BundleManifest Verify(string path, IReadOnlyCollection<PublicKey>? trusted = null, IProgress<double>? progress = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return VerifyCore(path, trusted, progress);
    }

    private static BundleManifest VerifyCore(string path, IReadOnlyCollection<PublicKey>? trusted, IProgress<double>? progress)
    {
        using var reader = BundleReader.Open(path);
        // Trust is checked first: it is cheap, and an untrusted bundle is not worth hashing.
        if (trusted is not null)
            reader.RequireSigner(trusted);
        reader.VerifyContents(progress);
        return reader.Manifest;
    }
}
