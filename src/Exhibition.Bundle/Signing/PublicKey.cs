using System.Security.Cryptography;
using NSec.Cryptography;
using NSecPublicKey = NSec.Cryptography.PublicKey;

namespace Exhibition.Bundle.Signing;

/// <summary>An Ed25519 public key that verifies bundle signatures.</summary>
public sealed class PublicKey : IEquatable<PublicKey>
{
    private readonly byte[] _bytes;
    private readonly NSecPublicKey _key;

    private PublicKey(byte[] bytes, NSecPublicKey key)
    {
        _bytes = bytes;
        _key = key;
    }

    /// <summary>Loads a <c>.pub</c> file; throws <see cref="InvalidDataException"/> naming the file if it is not one.</summary>
    public static PublicKey Load(string publicKeyFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicKeyFile);
        var bytes = KeyFile.Read(publicKeyFile, KeyFile.PublicHeader, "an exhibition public key");
        return FromBytes(bytes) ?? throw KeyFile.Invalid(publicKeyFile, KeyFile.PublicHeader, "an exhibition public key");
    }

    /// <summary>Parses the base64 text of a key; throws <see cref="FormatException"/> if it is not 32 bytes of base64.</summary>
    public static PublicKey Parse(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var bytes = KeyFile.DecodeKey(base64.Trim());
        return (bytes is null ? null : FromBytes(bytes))
            ?? throw new FormatException("A public key must be the base64 of 32 bytes.");
    }

    /// <summary>The raw 32 key bytes as base64.</summary>
    public string Base64 => Convert.ToBase64String(_bytes);

    /// <summary>A short fingerprint for people to compare: the first 16 hex digits of SHA-256 of the key bytes.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(_bytes))[..16];

    /// <summary>Whether <paramref name="signature"/> is this key's signature of <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        signature.Length == SignatureAlgorithm.Ed25519.SignatureSize && SignatureAlgorithm.Ed25519.Verify(_key, data, signature);

    /// <inheritdoc />
    public bool Equals(PublicKey? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicKey);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(_bytes, 0);

    /// <inheritdoc />
    public override string ToString() => $"ed25519:{Fingerprint}";

    internal static PublicKey? FromBytes(byte[] bytes) =>
        bytes.Length == KeyFile.KeySize
        && NSecPublicKey.TryImport(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey, out var key)
            ? new PublicKey(bytes, key!)
            : null;
}
