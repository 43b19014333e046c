namespace Exhibition.Bundle.Signing;

/// <summary>An Ed25519 public key that verifies bundle signatures.</summary>
public sealed class PublicKey : IEquatable<PublicKey>
{
    /// <summary>Loads a <c>.pub</c> file; throws <see cref="InvalidDataException"/> naming the file if it is not one.</summary>
    public static PublicKey Load(string publicKeyFile) => throw new NotImplementedException();

    /// <summary>Parses the base64 text of a key.</summary>
    public static PublicKey Parse(string base64) => throw new NotImplementedException();

    /// <summary>The raw 32 key bytes as base64.</summary>
    public string Base64 => throw new NotImplementedException();

    /// <summary>A short fingerprint for people to compare: the first 16 hex digits of SHA-256 of the key bytes.</summary>
    public string Fingerprint => throw new NotImplementedException();

    /// <summary>Whether <paramref name="signature"/> is this key's signature of <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => throw new NotImplementedException();

    /// <inheritdoc />
    public bool Equals(PublicKey? other) => throw new NotImplementedException();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicKey);

    /// <inheritdoc />
    public override int GetHashCode() => throw new NotImplementedException();
}
