using System.Text.Json;

namespace Exhibition.Bundle.Format;

internal static partial class ManifestJson
{
    /// <summary>Parses and validates a manifest; anything wrong is <see cref="BundleErrorCode.BadManifest"/>.</summary>
    public static BundleManifest Parse(ReadOnlyMemory<byte> json, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            return Read(document.RootElement, file);
        }
        catch (JsonException e)
        {
            throw Bad(file, $"is not valid JSON ({e.Message})", e);
        }
    }

    private static BundleManifest Read(JsonElement root, string file)
    {
        var fields = Fields(root, file, "the manifest");
        var format = fields.TryGetValue("format", out var f) && f.ValueKind == JsonValueKind.Number && f.TryGetInt32(out var n)
            ? n : throw Bad(file, "has no integer 'format'");
        if (format != BundleManifest.CurrentFormat)
            throw Bad(file, $"has format {format}; this program reads format {BundleManifest.CurrentFormat}");
        var id = Text(fields, "id", file);
        var version = Text(fields, "version", file);
        if (!fields.TryGetValue("entries", out var list) || list.ValueKind != JsonValueKind.Array)
            throw Bad(file, "has no 'entries' array");
        var entries = new List<ManifestEntry>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray())
        {
            var entry = Entry(item, file);
            if (entries.Count > 0 && string.CompareOrdinal(entries[^1].Path, entry.Path) >= 0)
                throw Bad(file, $"lists '{entry.Path}' out of order or twice (entries must be sorted by path)");
            entries.Add(entry);
        }
        return new BundleManifest(format, id, version, entries);
    }

    private static ManifestEntry Entry(JsonElement item, string file)
    {
        var fields = Fields(item, file, "an entry");
        var path = Text(fields, "path", file);
        if (EntryPaths.Problem(path) is { } problem)
            throw Bad(file, $"lists '{path}', which is not a valid entry path: {problem}");
        if (EntryPaths.IsReserved(path))
            throw Bad(file, $"lists '{path}', which must not be listed");
        var size = fields.TryGetValue("size", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var v) && v >= 0
            ? v : throw Bad(file, $"entry '{path}' has no non-negative integer 'size'");
        var sha = fields.TryGetValue("sha256", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString()! : "";
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower))
            throw Bad(file, $"entry '{path}' has no 'sha256' of 64 lower-case hex digits");
        return new ManifestEntry(path, size, sha);
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement element, string file, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw Bad(file, $"has {what} that is not a JSON object");
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!fields.TryAdd(property.Name, property.Value))
                throw Bad(file, $"has {what} with the property '{property.Name}' twice");
        }
        return fields;
    }

    private static string Text(Dictionary<string, JsonElement> fields, string name, string file) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text : throw Bad(file, $"has no non-empty string '{name}'");

    private static BundleException Bad(string file, string problem, Exception? inner = null) =>
        BundleErrors.For(BundleErrorCode.BadManifest, file, BundleManifest.EntryPath, problem, inner);
}
