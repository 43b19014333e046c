using System.Text.Json;
using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Format;

/// <summary>The bytes of <c>signature.json</c>: the algorithm, the signer's public key and the signature of the manifest.</summary>
internal static class SignatureJson
{
    public const string Algorithm = "ed25519";
    public const int MaxBytes = 64 << 10;

    public static byte[] Serialize(PublicKey key, byte[] signature)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ManifestJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("algorithm", Algorithm);
            json.WriteString("publicKey", key.Base64);
            json.WriteString("signature", Convert.ToBase64String(signature));
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The signer if <paramref name="json"/> holds a valid signature of <paramref name="manifest"/>; otherwise throws BadSignature.</summary>
    public static PublicKey Verify(ReadOnlyMemory<byte> json, ReadOnlySpan<byte> manifest, string file)
    {
        PublicKey? key;
        byte[] signature;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "algorithm") != Algorithm)
                throw Bad(file, $"is not an '{Algorithm}' signature");
            key = PublicKey.FromBytes(Base64(root, "publicKey", file));
            signature = Base64(root, "signature", file);
        }
        catch (JsonException e)
        {
            throw Bad(file, $"is not valid JSON ({e.Message})", e);
        }
        if (key is null)
            throw Bad(file, "holds no valid Ed25519 public key");
        return key.Verify(manifest, signature) ? key : throw Bad(file, $"does not match manifest.json (signer {key.Fingerprint}): the bundle was changed after it was signed");
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Base64(JsonElement root, string name, string file)
    {
        try
        {
            return Convert.FromBase64String(Text(root, name) ?? throw Bad(file, $"has no '{name}'"));
        }
        catch (FormatException e)
        {
            throw Bad(file, $"has a '{name}' that is not base64", e);
        }
    }

    private static BundleException Bad(string file, string problem, Exception? inner = null) =>
        BundleErrors.For(BundleErrorCode.BadSignature, file, EntryPaths.SignaturePath, problem, inner);
}
