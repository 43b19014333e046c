using SkiaSharp;

namespace ContentPacker.Reports;

/// <summary>The project's palette, for charts and (as CSS) the HTML report.</summary>
internal static class ReportPalette
{
    public const string NavyHex = "#14213D";
    public const string PaperHex = "#F6F1E7";
    public const string AccentHex = "#FCA311";

    public static readonly SKColor Navy = SKColor.Parse(NavyHex);
    public static readonly SKColor Paper = SKColor.Parse(PaperHex);
    public static readonly SKColor Accent = SKColor.Parse(AccentHex);

    /// <summary>The empty part of a bar: navy at low opacity over the paper.</summary>
    public static readonly SKColor Track = new(0xE6, 0xE0, 0xD6);

    /// <summary>Secondary text (axis labels, subtitles).</summary>
    public static readonly SKColor Muted = new(0x5A, 0x63, 0x78);
}
