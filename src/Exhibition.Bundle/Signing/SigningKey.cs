namespace Exhibition.Bundle.Signing;

/// <summary>An Ed25519 private key that signs bundle manifests. Key files are text, so they survive email and USB sticks.</summary>
public sealed class SigningKey : IDisposable
{
    /// <summary>Makes a new random key.</summary>
    public static SigningKey Generate() => throw new NotImplementedException();

    /// <summary>Loads a <c>.key</c> file; throws <see cref="InvalidDataException"/> naming the file if it is not one.</summary>
    public static SigningKey Load(string keyFile) => throw new NotImplementedException();

    /// <summary>Writes <c>name.key</c> (private, mode 600) and <c>name.pub</c>.</summary>
    public void Save(string privateKeyFile, string publicKeyFile) => throw new NotImplementedException();

    /// <summary>The matching public key.</summary>
    public PublicKey PublicKey => throw new NotImplementedException();

    /// <summary>Signs <paramref name="data"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose() { }
}
