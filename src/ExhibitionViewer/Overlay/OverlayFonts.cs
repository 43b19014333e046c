using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// DejaVu Sans in its four faces, found through the font manager or the usual font folder. If a face is missing the
/// default typeface stands in, made bold or slanted synthetically, so text never disappears.
/// </summary>
internal sealed class OverlayFonts : IDisposable
{
    private const string Family = "DejaVu Sans";
    private const string Folder = "/usr/share/fonts/truetype/dejavu";
    private readonly SKTypeface[] faces = new SKTypeface[4];
    private readonly bool[] owned = new bool[4];
    private readonly Dictionary<(TextStyle, float), SKFont> fonts = [];

    public OverlayFonts()
    {
        for (var i = 0; i < faces.Length; i++)
        {
            (faces[i], owned[i]) = Load((TextStyle)i);
        }
    }

    /// <summary>A cached font; owned by this object, do not dispose.</summary>
    public SKFont Get(TextStyle style, float size)
    {
        var key = (style, MathF.Round(size, 2));
        if (!fonts.TryGetValue(key, out var font))
        {
            var face = faces[(int)style];
            font = new SKFont(face, key.Item2)
            {
                Edging = SKFontEdging.Antialias,
                Subpixel = true,
                Hinting = SKFontHinting.Slight,
                Embolden = style.HasFlag(TextStyle.Bold) && !face.IsBold,
                SkewX = style.HasFlag(TextStyle.Italic) && !face.IsItalic ? -0.2f : 0,
            };
            fonts[key] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
        for (var i = 0; i < faces.Length; i++)
        {
            if (owned[i])
            {
                faces[i].Dispose();
            }
        }
    }

    private static (SKTypeface Face, bool Owned) Load(TextStyle style)
    {
        var bold = style.HasFlag(TextStyle.Bold);
        var italic = style.HasFlag(TextStyle.Italic);
        var skStyle = new SKFontStyle(bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal,
            italic ? SKFontStyleSlant.Oblique : SKFontStyleSlant.Upright);
        var matched = SKFontManager.Default.MatchFamily(Family, skStyle);
        if (matched is not null && matched.FamilyName == Family)
        {
            return (matched, true);
        }

        matched?.Dispose();
        var file = Path.Combine(Folder, "DejaVuSans" + (bold || italic ? "-" : "") + (bold ? "Bold" : "") + (italic ? "Oblique" : "") + ".ttf");
        var fromFile = File.Exists(file) ? SKTypeface.FromFile(file) : null;
        return fromFile is not null ? (fromFile, true) : (SKTypeface.Default, false);
    }
}
