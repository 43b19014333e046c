using SkiaSharp;

namespace ContentPacker.Reports;

/// <summary>The charts' typefaces: DejaVu Sans where installed (every Linux kiosk image has it), else the default.</summary>
internal sealed class ChartFonts : IDisposable
{
    private readonly SKTypeface _regular = Match(SKFontStyle.Normal);
    private readonly SKTypeface _bold = Match(SKFontStyle.Bold);

    public SKFont Regular(float size) => new(_regular, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    public SKFont Bold(float size) => new(_bold, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }

    private static SKTypeface Match(SKFontStyle style) =>
        SKFontManager.Default.MatchFamily("DejaVu Sans", style) ?? SKFontManager.Default.MatchFamily(null, style) ?? SKTypeface.Default;

    /// <summary>The text cut with an ellipsis to fit <paramref name="width"/>.</summary>
    public static string Fit(SKFont font, string text, float width)
    {
        if (font.MeasureText(text) <= width) return text;
        var cut = text.Length;
        while (cut > 1 && font.MeasureText(text[..cut] + "…") > width) cut--;
        return text[..cut] + "…";
    }
}
