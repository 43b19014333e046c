using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Format;

/// <summary>
/// Writes a bundle: a ZIP whose entries are all STORED, sorted by path, with fixed timestamps, so the same entries
/// give the same bytes. Output goes to a temporary file beside the destination and is renamed into place by
/// <see cref="Commit"/>; disposing without committing deletes it.
/// </summary>
public sealed class BundleWriter : IDisposable
{
    /// <summary>Starts a bundle that will be written to <paramref name="destinationPath"/>.</summary>
    public BundleWriter(string destinationPath) => throw new NotImplementedException();

    /// <summary>Adds an entry from memory. Throws <see cref="ArgumentException"/> for a bad or duplicate path.</summary>
    public void AddEntry(string path, ReadOnlyMemory<byte> content) => throw new NotImplementedException();

    /// <summary>Adds an entry whose content is the file at <paramref name="sourceFile"/>, streamed when written.</summary>
    public void AddFile(string path, string sourceFile) => throw new NotImplementedException();

    /// <summary>
    /// Writes every entry, then <c>manifest.json</c> and, with a key, <c>signature.json</c>, flushes, and renames the
    /// result into place. Returns the manifest written.
    /// </summary>
    public BundleManifest Commit(string bundleId, string version, SigningKey? signingKey = null, IProgress<double>? progress = null) =>
        throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose() { }
}
