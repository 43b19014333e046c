using System.Diagnostics;
using System.Text.Json;

namespace ContentPacker.Tests.Sample.Support;

/// <summary>Runs ffprobe and returns its JSON, for checking the sample video independently of the packer.</summary>
internal static class FfProbe
{
    public static JsonDocument Probe(string file)
    {
        var start = new ProcessStartInfo("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,codec_name,width,height,pix_fmt:format=duration", "-of", "json", file])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"ffprobe could not read {file}");
        return JsonDocument.Parse(json);
    }
}
