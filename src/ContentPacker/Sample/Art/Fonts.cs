using System.Diagnostics;
using SkiaSharp;

namespace ContentPacker.Sample.Art;

/// <summary>Finds DejaVu Sans (regular and bold) on this machine, for SkiaSharp and for ffmpeg's drawtext.</summary>
internal static class Fonts
{
    private static readonly string[] FontFolders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
        "/usr/local/share/fonts", "/Library/Fonts", "C:\\Windows\\Fonts",
    ];

    private static readonly Lazy<string?> RegularPath = new(() => Find("DejaVuSans.ttf", "DejaVu Sans:style=Book"));
    private static readonly Lazy<string?> BoldPath = new(() => Find("DejaVuSans-Bold.ttf", "DejaVu Sans:style=Bold"));
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load(RegularPath.Value, SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load(BoldPath.Value, SKFontStyle.Bold));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>The regular font's file, for ffmpeg; throws if no DejaVu Sans can be found.</summary>
    public static string RegularFile => RegularPath.Value
        ?? throw new InvalidOperationException("DejaVu Sans was not found; install the fonts-dejavu-core package.");

    private static SKTypeface Load(string? path, SKFontStyle style) =>
        (path is null ? null : SKTypeface.FromFile(path))
        ?? SKTypeface.FromFamilyName("DejaVu Sans", style)
        ?? SKTypeface.Default;

    private static string? Find(string fileName, string pattern)
    {
        foreach (var folder in FontFolders)
        {
            var candidate = Path.Combine(folder, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return AskFontconfig(pattern);
    }

    private static string? AskFontconfig(string pattern)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-match", ["-f", "%{file}", pattern])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var path = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && File.Exists(path) ? path : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
