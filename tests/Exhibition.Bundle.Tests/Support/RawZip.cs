using System.IO.Compression;
using System.Text;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Format.Zip;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>Builds ZIPs the bundle writer refuses to make: deflated entries, hand-written manifests, lying sizes.</summary>
public static class RawZip
{
    public sealed record Entry(string Name, byte[] Content, bool Deflate = false, long? DeclaredSize = null);

    /// <summary>A manifest listing <paramref name="entries"/> as they are (callers may tamper with the result).</summary>
    public static BundleManifest ManifestOf(IEnumerable<Entry> entries) => new(
        BundleManifest.CurrentFormat,
        BundleFactory.Id,
        BundleFactory.Version,
        entries.OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new ManifestEntry(e.Name, e.Content.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(e.Content))))
            .ToList());

    public static Entry ManifestEntryFor(BundleManifest manifest) => new(BundleManifest.EntryPath, ManifestJson.Serialize(manifest));

    /// <summary>A complete bundle: <paramref name="entries"/> plus a manifest of them (or the one given).</summary>
    public static byte[] Bundle(IReadOnlyList<Entry> entries, BundleManifest? manifest = null) =>
        Build([.. entries, ManifestEntryFor(manifest ?? ManifestOf(entries))]);

    public static byte[] Build(IEnumerable<Entry> entries)
    {
        using var output = new MemoryStream();
        using var directory = new MemoryStream();
        var count = 0;
        foreach (var entry in entries)
        {
            var stored = entry.Deflate ? Deflate(entry.Content) : entry.Content;
            var header = Header(entry, stored);
            var name = Encoding.UTF8.GetBytes(entry.Name);
            var offset = (uint)output.Position;
            Write(output, 0x04034b50u, (ushort)20, header, name);
            output.Write(stored);
            Write(directory, 0x02014b50u, (ushort)20, (ushort)20, header, (ushort)0, (ushort)0, (ushort)0, 0u, offset, name);
            count++;
        }
        var directoryOffset = (uint)output.Position;
        directory.Position = 0;
        directory.CopyTo(output);
        Write(output, 0x06054b50u, 0u, (ushort)count, (ushort)count, (uint)directory.Length, directoryOffset, (ushort)0);
        return output.ToArray();
    }

    private static object[] Header(Entry entry, byte[] stored) =>
    [
        (ushort)0x0800, (ushort)(entry.Deflate ? 8 : 0), (ushort)0, (ushort)0x21, Crc32.Compute(entry.Content),
        (uint)stored.Length, (uint)(entry.DeclaredSize ?? entry.Content.Length), (ushort)Encoding.UTF8.GetByteCount(entry.Name), (ushort)0,
    ];

    private static byte[] Deflate(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(content);
        return buffer.ToArray();
    }

    private static void Write(Stream output, params object[] fields)
    {
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        foreach (var field in fields)
        {
            switch (field)
            {
                case ushort u: writer.Write(u); break;
                case uint u: writer.Write(u); break;
                case byte[] b: writer.Write(b); break;
                case object[] many: Write(output, many); break;
                default: throw new ArgumentException($"Unexpected field {field.GetType()}.");
            }
        }
    }
}
