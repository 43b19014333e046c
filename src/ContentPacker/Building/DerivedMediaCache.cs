using System.Security.Cryptography;
using System.Text;

namespace ContentPacker.Building;

/// <summary>
/// Converted media kept between builds, keyed by the SHA-256 of the sources and the settings, so a repack after a
/// text edit skips the heavy work. An entry is a folder that becomes visible only once complete (renamed into place).
/// </summary>
internal sealed class DerivedMediaCache(string root)
{
    public string Root { get; } = root;

    /// <summary>The key of a conversion: what it is, the settings that shape its output, and its source files' contents.</summary>
    public static string Key(string kind, string settings, params IEnumerable<string> sourceFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{kind}\n{settings}\n"));
        var buffer = new byte[1 << 20];
        foreach (var file in sourceFiles)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.Read(buffer)) > 0)
                hash.AppendData(buffer, 0, read);
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>
    /// The folder for <paramref name="key"/>: reused when present, else made by <paramref name="produce"/> in a
    /// scratch folder that is renamed into place only if it succeeds. Returns the folder and whether it was reused.
    /// </summary>
    public (string Folder, bool Reused) GetOrCreate(string kind, string key, Action<string> produce)
    {
        var folder = Path.Combine(Root, kind, key);
        if (Directory.Exists(folder))
            return (folder, true);

        var scratch = Path.Combine(Root, kind, $".{key}.partial-{Environment.ProcessId}");
        if (Directory.Exists(scratch))
            Directory.Delete(scratch, recursive: true);
        Directory.CreateDirectory(scratch);
        try
        {
            produce(scratch);
            Directory.Move(scratch, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another build made the same conversion meanwhile; its copy is as good as ours.
            TryDelete(scratch);
            return (folder, true);
        }
        catch
        {
            TryDelete(scratch);
            throw;
        }
        return (folder, false);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover scratch is harmless: it is never read, and the next build replaces it.
        }
    }
}
