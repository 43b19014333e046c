namespace Exhibition.Bundle.Format;

/// <summary>Why a bundle was rejected. Scripts may rely on these names.</summary>
public enum BundleErrorCode
{
    /// <summary>The file cannot be read at all (missing, unreadable).</summary>
    Unreadable,
    /// <summary>Not a ZIP file, or its end-of-central-directory record is missing or corrupt.</summary>
    NotAZip,
    /// <summary>A structure ends beyond the end of the file.</summary>
    Truncated,
    /// <summary>An entry name is absolute, contains <c>..</c>, a backslash or a control character.</summary>
    BadEntryName,
    /// <summary>Two entries have the same name.</summary>
    DuplicateEntry,
    /// <summary>Two entries' data overlap, or an entry lies outside the file.</summary>
    BadEntryRange,
    /// <summary>An entry uses a compression method other than stored or deflate, or is encrypted.</summary>
    UnsupportedEntry,
    /// <summary>An entry's size differs from the size its headers or the manifest declare.</summary>
    SizeMismatch,
    /// <summary>An entry's SHA-256 differs from the manifest's.</summary>
    HashMismatch,
    /// <summary>An entry the manifest or the tour names is not in the bundle, or the bundle holds an entry the manifest does not list.</summary>
    MissingEntry,
    /// <summary><c>manifest.json</c> or <c>tour.json</c> is missing, malformed, or of an unknown format version.</summary>
    BadManifest,
    /// <summary>The bundle has no signature but one was required.</summary>
    Unsigned,
    /// <summary>The signature does not match the manifest.</summary>
    BadSignature,
    /// <summary>The signature is valid but made by a key that is not trusted.</summary>
    UntrustedSigner,
}
