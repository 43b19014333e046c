using System.Globalization;
using System.Security.Cryptography;
using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Exports;

public static partial class ExportReader
{
    private static ReadExport ReadManifest(string manifestPath)
    {
        SurveyExportManifest manifest;
        try
        {
            manifest = SurveyExportManifestJson.Parse(File.ReadAllBytes(manifestPath));
        }
        catch (FormatException e)
        {
            throw new ExportException(manifestPath, null, $"damaged or not an export manifest ({e.Message})", e);
        }
        catch (IOException e)
        {
            throw new ExportException(manifestPath, null, $"cannot be read ({e.Message})", e);
        }

        var folder = Path.GetDirectoryName(manifestPath)!;
        byte[] lines = [];
        foreach (var file in manifest.Files)
        {
            var bytes = ReadListed(Path.Combine(folder, file.Name), file, manifestPath);
            if (file == manifest.JsonLines) lines = bytes;
        }

        var source = Path.Combine(folder, manifest.JsonLines.Name);
        var responses = ParseLines(source, lines);
        if (responses.Count != manifest.Count)
        {
            throw new ExportException(source, null, string.Create(CultureInfo.InvariantCulture,
                $"holds {responses.Count} responses, its manifest says {manifest.Count}: altered."));
        }

        if (responses.FirstOrDefault(r => r.KioskId != manifest.KioskId) is { } stranger)
        {
            throw new ExportException(source, null, $"response {stranger.Id} is from another kiosk than its manifest says: altered.");
        }

        return new ReadExport(source, manifest, responses);
    }

    private static byte[] ReadListed(string path, SurveyExportFile file, string manifestPath)
    {
        if (!File.Exists(path)) throw new ExportException(path, null, $"is missing (listed in {Path.GetFileName(manifestPath)}).");
        var bytes = File.ReadAllBytes(path);
        if (bytes.LongLength != file.Bytes)
        {
            throw new ExportException(path, null, string.Create(CultureInfo.InvariantCulture,
                $"is {bytes.LongLength} bytes, its manifest says {file.Bytes}: {(bytes.LongLength < file.Bytes ? "truncated" : "altered")}."));
        }

        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256)
        {
            throw new ExportException(path, null, "does not match the SHA-256 in its manifest: altered or damaged.");
        }

        return bytes;
    }

    private static ReadExport ReadBare(string path)
    {
        try
        {
            return new ReadExport(path, null, ParseLines(path, File.ReadAllBytes(path)));
        }
        catch (IOException e)
        {
            throw new ExportException(path, null, $"cannot be read ({e.Message})", e);
        }
    }
}
