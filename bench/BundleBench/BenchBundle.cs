using System.Diagnostics;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Signing;

namespace BundleBench;

/// <summary>Makes the bundle to measure: random (incompressible) entries, like JPEG tiles and video, signed.</summary>
internal static class BenchBundle
{
    /// <summary>Writes the bundle; returns the seconds spent in <see cref="BundleWriter.Commit"/> (hashing, copying, fsync).</summary>
    public static double Write(string path, BenchOptions options)
    {
        var clock = new Stopwatch();
        var sources = Path.Combine(Path.GetDirectoryName(path)!, "sources");
        Directory.CreateDirectory(sources);
        var random = new Random(42);
        var content = new byte[options.EntryBytes];
        using var key = SigningKey.Generate();
        using (var writer = new BundleWriter(path))
        {
            for (var i = 0; i < options.EntryCount; i++)
            {
                // Source files rather than memory, so a 5 GB bundle does not need 5 GB of RAM.
                random.NextBytes(content);
                var source = Path.Combine(sources, $"{i:D5}.bin");
                File.WriteAllBytes(source, content);
                writer.AddFile($"media/{i / 50:D3}/{i:D5}.bin", source);
            }
            writer.AddEntry("tour.json", "{}"u8.ToArray());
            clock.Start();
            writer.Commit("bench", "1", key);
            clock.Stop();
        }
        Directory.Delete(sources, recursive: true);
        return clock.Elapsed.TotalSeconds;
    }
}
