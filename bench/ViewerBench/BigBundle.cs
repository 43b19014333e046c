using System.Diagnostics;
using NetVips;

namespace ViewerBench;

/// <summary>Makes the benchmark bundle: the real photo upscaled to 16384x8192, three scenes of it, packed by the real packer.</summary>
internal static class BigBundle
{
    public const string Photo = "jordan-pond-equirect-4096x2048.jpg";
    public const int Scenes = 3;

    public static string Make(string repository, string work)
    {
        var bundle = Path.Combine(work, "big.exhibit");
        if (File.Exists(bundle))
        {
            Console.WriteLine($"Using {bundle} (delete it to rebuild)");
            return bundle;
        }

        var big = Path.Combine(work, "big-1.jpg");
        if (!File.Exists(big))
        {
            Console.WriteLine($"Upscaling {Photo} to 16384x8192...");
            using var image = Image.NewFromFile(FindPhoto(repository));
            using var resized = image.Resize(16384.0 / image.Width);
            resized.WriteToFile(big + "[Q=90]");
        }

        var copies = Enumerable.Range(1, Scenes).Select(i => Path.Combine(work, $"big-{i}.jpg")).ToList();
        foreach (var copy in copies.Skip(1).Where(c => !File.Exists(c)))
        {
            File.Copy(big, copy);
        }

        Console.WriteLine($"Packing {Scenes} scenes with the real packer...");
        var pack = new ProcessStartInfo("dotnet") { WorkingDirectory = repository };
        foreach (var arg in (string[])["run", "--project", "src/ContentPacker", "-c", "Release", "--", "quick", .. copies, "-o", bundle])
        {
            pack.ArgumentList.Add(arg);
        }

        using var process = Process.Start(pack)!;
        process.WaitForExit();
        return process.ExitCode == 0 && File.Exists(bundle) ? bundle
            : throw new InvalidOperationException($"the packer failed (exit {process.ExitCode})");
    }

    private static string FindPhoto(string repository)
    {
        for (var dir = new DirectoryInfo(repository); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realdata", Photo);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Photo} not found in a shared/realdata folder beside any ancestor of {repository}");
    }
}
