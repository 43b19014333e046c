namespace Exhibition.Bundle.Format;

/// <summary>The contents of <c>manifest.json</c>: what the signature covers.</summary>
/// <param name="Format">Bundle format version; this library reads <see cref="CurrentFormat"/>.</param>
/// <param name="Id">Exhibition id.</param>
/// <param name="Version">Exhibition version.</param>
/// <param name="Entries">Every entry except <c>manifest.json</c> and <c>signature.json</c>, sorted by path (ordinal).</param>
public sealed record BundleManifest(int Format, string Id, string Version, IReadOnlyList<ManifestEntry> Entries)
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The entry that holds the manifest.</summary>
    public const string EntryPath = "manifest.json";
}
