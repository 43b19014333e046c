namespace Exhibition.Bundle.Format;

/// <summary>One entry as the manifest lists it.</summary>
/// <param name="Path">Relative entry path with <c>/</c> separators.</param>
/// <param name="Size">Uncompressed size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the uncompressed content.</param>
public sealed record ManifestEntry(string Path, long Size, string Sha256);
