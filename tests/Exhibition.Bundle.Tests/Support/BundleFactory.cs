using Exhibition.Bundle.Format;
using Exhibition.Bundle.Signing;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>Writes bundles with the real writer for tests that read them.</summary>
public static class BundleFactory
{
    public const string Id = "sample-exhibition";
    public const string Version = "1.0.0";

    public static string Write(string path, IReadOnlyDictionary<string, byte[]> entries, SigningKey? key = null, bool forceZip64 = false)
    {
        using var writer = new BundleWriter(path) { ForceZip64 = forceZip64 };
        foreach (var (name, bytes) in entries)
            writer.AddEntry(name, bytes);
        writer.Commit(Id, Version, key);
        return path;
    }

    public static byte[] Bytes(TempDirectory temp, IReadOnlyDictionary<string, byte[]> entries, SigningKey? key = null)
    {
        var path = Write(temp.File("source-" + Guid.NewGuid().ToString("N")[..8] + ".exhibit"), entries, key);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }
}
