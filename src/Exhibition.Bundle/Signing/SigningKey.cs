using NSec.Cryptography;

namespace Exhibition.Bundle.Signing;

/// <summary>An Ed25519 private key that signs bundle manifests. Key files are text, so they survive email and USB sticks.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly Key _key;

    private SigningKey(Key key)
    {
        _key = key;
        PublicKey = PublicKey.FromBytes(key.PublicKey.Export(KeyBlobFormat.RawPublicKey))
            ?? throw new InvalidOperationException("NSec exported a public key that it cannot import.");
    }

    /// <summary>Makes a new random key.</summary>
    public static SigningKey Generate() => new(Key.Create(SignatureAlgorithm.Ed25519, Exportable()));

    /// <summary>Loads a <c>.key</c> file; throws <see cref="InvalidDataException"/> naming the file if it is not one.</summary>
    public static SigningKey Load(string keyFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyFile);
        var seed = KeyFile.Read(keyFile, KeyFile.PrivateHeader, "an exhibition signing key");
        return Key.TryImport(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey, out var key, Exportable())
            ? new SigningKey(key!)
            : throw KeyFile.Invalid(keyFile, KeyFile.PrivateHeader, "an exhibition signing key");
    }

    /// <summary>Writes <c>name.key</c> (private, mode 600) and <c>name.pub</c>.</summary>
    public void Save(string privateKeyFile, string publicKeyFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(privateKeyFile);
        ArgumentException.ThrowIfNullOrEmpty(publicKeyFile);
        KeyFile.WritePrivate(privateKeyFile, _key.Export(KeyBlobFormat.RawPrivateKey));
        File.WriteAllText(publicKeyFile, KeyFile.Format(KeyFile.PublicHeader, PublicKey.Base64));
    }

    /// <summary>The matching public key.</summary>
    public PublicKey PublicKey { get; }

    /// <summary>Signs <paramref name="data"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => SignatureAlgorithm.Ed25519.Sign(_key, data);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    // The seed must be exportable so Save can write it.
    private static KeyCreationParameters Exportable() => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
}
