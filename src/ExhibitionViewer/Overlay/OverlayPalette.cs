using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>The overlay's one palette: deep navy surfaces, warm off-white text, one warm accent.</summary>
internal static class OverlayPalette
{
    public static readonly SKColor Navy = new(0x14, 0x21, 0x3D);

    /// <summary>Panels at about 92% opacity: solid enough for text, still a hint of the place behind.</summary>
    public static readonly SKColor Surface = Navy.WithAlpha(235);

    public static readonly SKColor SurfaceRaised = new(0x22, 0x32, 0x55);

    public static readonly SKColor Text = new(0xF6, 0xF1, 0xE7);

    public static readonly SKColor TextMuted = new(0xC9, 0xC6, 0xC0);

    public static readonly SKColor Accent = new(0xFC, 0xA3, 0x11);

    public static readonly SKColor Shadow = new(0, 0, 0, 120);

    /// <summary>Laid over the panorama behind an open panel so the card reads as the one thing to look at.</summary>
    public static readonly SKColor Dim = new(0x05, 0x0A, 0x16, 150);
}
