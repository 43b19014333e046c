using System.Text.Json;
using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Commands;

public sealed class BuildCommandTests
{
    [Test]
    public void Build_is_deterministic_with_and_without_the_cache()
    {
        using var temp = new TempFolder();
        var again = temp.File("again.exhibit");
        var fresh = temp.File("fresh.exhibit");

        var cached = PackerProcess.Run("build", SampleBundle.AuthoringFolder, "-o", again, "--sign", SampleBundle.KeyBase + ".key");
        var uncached = PackerProcess.Run("build", SampleBundle.AuthoringFolder, "-o", fresh, "--sign", SampleBundle.KeyBase + ".key",
            "--cache", temp.File("cache"));

        Assert.That(cached.ExitCode, Is.Zero, cached.All);
        Assert.That(uncached.ExitCode, Is.Zero, uncached.All);
        Assert.That(File.ReadAllBytes(again), Is.EqualTo(File.ReadAllBytes(SampleBundle.Bundle)), "rebuild from cache");
        Assert.That(File.ReadAllBytes(fresh), Is.EqualTo(File.ReadAllBytes(SampleBundle.Bundle)), "rebuild without cache");
    }

    [Test]
    public void Build_of_an_invalid_folder_exits_2_names_the_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var folder = temp.File("broken");
        CopyFolder(SampleBundle.AuthoringFolder, folder, skip: ".exhibit-cache");
        var yaml = Path.Combine(folder, "exhibition.yaml");
        var lines = File.ReadAllLines(yaml).ToList();
        var firstScene = lines.FindIndex(l => l.TrimStart().StartsWith("- id:", StringComparison.Ordinal) && lines.Take(lines.IndexOf(l)).Any(p => p.StartsWith("scenes:", StringComparison.Ordinal)));
        lines.Insert(firstScene + 1, new string(' ', lines[firstScene].IndexOf('-', StringComparison.Ordinal) + 2) + "colour: blue");
        File.WriteAllLines(yaml, lines);
        var output = temp.File("out.exhibit");

        var result = PackerProcess.Run("build", folder, "-o", output);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.All, Does.Contain($"exhibition.yaml:{firstScene + 2}"));
        Assert.That(result.All, Does.Contain("colour"));
        Assert.That(Directory.GetFiles(temp.Path), Is.Empty, "nothing written beside the intended output");
    }

    [Test]
    public void Build_json_prints_a_machine_readable_summary()
    {
        using var temp = new TempFolder();

        var result = PackerProcess.Run("build", SampleBundle.AuthoringFolder, "-o", temp.File("s.exhibit"), "--json");

        Assert.That(result.ExitCode, Is.Zero, result.All);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("ok").GetBoolean(), Is.True);
        Assert.That(json.RootElement.GetProperty("bundle").GetProperty("entries").GetInt32(), Is.GreaterThan(20));
    }

    internal static void CopyFolder(string from, string to, string skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(skip, StringComparison.Ordinal))
                continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
