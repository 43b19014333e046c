using SkiaSharp;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// Draws the overlay with SkiaSharp (hotspot markers and labels, case-study and link panels, language switch,
/// messages) and answers what a screen point hits. No GL: it paints onto any canvas, so it is tested on bitmaps.
/// Not thread-safe: use one painter from one thread (it caches fonts, decoded images and laid-out text).
/// </summary>
public sealed partial class OverlayPainter : IDisposable
{
    /// <summary>Paints <paramref name="scene"/> onto a transparent canvas of the given size in pixels.</summary>
    public void Paint(SKCanvas canvas, OverlayScene scene, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        Validate(scene, width, height);
        PaintCore(canvas, scene, width, height);
    }

    /// <summary>
    /// What <paramref name="point"/> hits when <paramref name="scene"/> is drawn at that size. While a panel is open
    /// only the panel answers (close, inside, outside); at opacity 0 nothing is hit.
    /// </summary>
    public OverlayHit HitTest(OverlayScene scene, ScreenPoint point, int width, int height)
    {
        Validate(scene, width, height);
        return HitTestCore(scene, new SKPoint((float)point.X, (float)point.Y), width, height);
    }

    /// <summary>How far the open panel's body can scroll, in pixels, at that size (0 when it fits).</summary>
    public float MaxScroll(OverlayScene scene, int width, int height)
    {
        Validate(scene, width, height);
        return MaxScrollCore(Layout(scene, width, height));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            image?.Dispose();
            fonts.Dispose();
        }
    }

    private static void Validate(OverlayScene scene, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
    }

    private void PaintCore(SKCanvas canvas, OverlayScene scene, int width, int height)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (scene.Opacity <= 0)
        {
            return;
        }

        var layout = Layout(scene, width, height);
        using var fade = new SKPaint { Color = SKColors.White.WithAlpha((byte)MathF.Round(255 * Math.Min(1, scene.Opacity))) };
        var faded = scene.Opacity < 1;
        if (faded)
        {
            canvas.SaveLayer(fade);
        }

        if (layout.PanelOpen)
        {
            // Markers, title and language switch cannot be tapped behind a panel, so they are not shown either.
            using var dim = new SKPaint { Color = OverlayPalette.Dim };
            canvas.DrawRect(0, 0, width, height, dim);
        }
        else
        {
            DrawMarkers(canvas, layout);
            DrawTitle(canvas, layout);
            DrawLanguages(canvas, layout);
        }

        DrawCaseStudy(canvas, layout);
        DrawLink(canvas, layout);
        DrawMessage(canvas, layout);
        if (faded)
        {
            canvas.Restore();
        }
    }
}
