namespace ContentPacker.Tests.Media.Support;

/// <summary>Damaged inputs, written into a test's own folder.</summary>
internal static class BadFiles
{
    /// <summary>Random bytes with an .mp4 name; the seed keeps the test repeatable.</summary>
    public static string RandomBytes(TempDirectory folder, string name = "noise.mp4")
    {
        var bytes = new byte[64 * 1024];
        new Random(20240601).NextBytes(bytes);
        string path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The first <paramref name="fraction"/> of a real clip, as a failed copy would leave it.</summary>
    public static string Truncated(TempDirectory folder, string clip, double fraction)
    {
        byte[] bytes = File.ReadAllBytes(clip);
        string path = folder.File("cut-" + Path.GetFileName(clip));
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * fraction)]);
        return path;
    }
}
