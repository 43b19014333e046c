using System.Globalization;
using System.Text.Json;

namespace Exhibition.Survey.Storage;

/// <summary>The manifest's JSON form, written and read by hand so the file's shape is explicit.</summary>
public static class SurveyExportManifestJson
{
    /// <summary>Writes <paramref name="manifest"/> as an indented JSON object.</summary>
    public static void Write(Stream stream, SurveyExportManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(manifest);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("format", manifest.Format);
        writer.WriteString("kioskId", manifest.KioskId);
        writer.WriteStartArray("bundles");
        foreach (var bundle in manifest.Bundles) writer.WriteStringValue(bundle);
        writer.WriteEndArray();
        writer.WriteNumber("count", manifest.Count);
        writer.WriteBoolean("all", manifest.All);
        writer.WriteString("createdDate", manifest.CreatedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteNumber("createdHour", manifest.CreatedHour);
        writer.WriteStartArray("files");
        foreach (var file in manifest.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("name", file.Name);
            writer.WriteNumber("bytes", file.Bytes);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads a manifest.</summary>
    /// <exception cref="FormatException">Not a manifest of this format; the message names the field.</exception>
    public static SurveyExportManifest Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            return ParseCore(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Not a survey export manifest: {e.Message}", e);
        }
    }

    private static SurveyExportManifest ParseCore(JsonElement root)
    {
        var format = root.GetProperty("format").GetString();
        if (format != SurveyExportManifest.CurrentFormat)
        {
            throw new FormatException($"Format '{format}' is not {SurveyExportManifest.CurrentFormat}.");
        }

        var files = root.GetProperty("files").EnumerateArray().Select(ParseFile).ToList();
        if (!files.Any(f => f.Name.EndsWith(".jsonl", StringComparison.Ordinal))) throw new FormatException("No .jsonl file is listed.");
        return new SurveyExportManifest(
            format, root.GetProperty("kioskId").GetString()!,
            root.GetProperty("bundles").EnumerateArray().Select(b => b.GetString()!).ToList(),
            root.GetProperty("count").GetInt32(), root.GetProperty("all").GetBoolean(),
            DateOnly.ParseExact(root.GetProperty("createdDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            root.GetProperty("createdHour").GetInt32(), files);
    }

    private static SurveyExportFile ParseFile(JsonElement file)
    {
        var name = file.GetProperty("name").GetString()!;
        // A manifest names files beside it, never elsewhere: a copied or hostile one must not point outside its folder.
        if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or ".." || name.Contains('\\'))
        {
            throw new FormatException($"File name '{name}' is not a plain file name.");
        }

        var sha = file.GetProperty("sha256").GetString()!;
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower)) throw new FormatException($"The SHA-256 of '{name}' is not 64 lower-case hex digits.");
        return new SurveyExportFile(name, file.GetProperty("bytes").GetInt64(), sha);
    }
}
