using System.Text.Json;

namespace Exhibition.Bundle.Format;

/// <summary>
/// The exact bytes of <c>manifest.json</c>. Written by hand with <see cref="Utf8JsonWriter"/> so the formatting never
/// depends on serializer settings or the platform's newline: the signature covers these bytes.
/// </summary>
internal static partial class ManifestJson
{
    /// <summary>Largest manifest the reader accepts (about half a million entries).</summary>
    public const int MaxBytes = 64 << 20;

    internal static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n" };

    public static byte[] Serialize(BundleManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("format", manifest.Format);
            json.WriteString("id", manifest.Id);
            json.WriteString("version", manifest.Version);
            json.WriteStartArray("entries");
            foreach (var entry in manifest.Entries)
            {
                json.WriteStartObject();
                json.WriteString("path", entry.Path);
                json.WriteNumber("size", entry.Size);
                json.WriteString("sha256", entry.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
