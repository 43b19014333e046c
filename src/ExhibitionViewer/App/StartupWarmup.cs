using ExhibitionViewer.Overlay;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Touring;
using Serilog;
using SkiaSharp;

namespace ExhibitionViewer.App;

/// <summary>
/// Work the first frame needs that does not need the window: decoding the first scene's preview, and a throwaway
/// paint of the first overlay (loading fonts and compiling the drawing code). Both run while SDL and OpenGL start.
/// </summary>
internal static class StartupWarmup
{
    /// <summary>Starts decoding the current scene's preview; null for a scene without a panorama.</summary>
    public static Task<DecodedImage[]>? DecodePreview(TourPlayer player, IExhibitionContent content) =>
        player.Scene.Panorama is { } pyramid
            ? Task.Run(() => CubeTileLayer.DecodePreview(new EntryTileSource(content, pyramid)))
            : null;

    /// <summary>Paints the first overlay once off screen and selects the first tiles, so their code and fonts are ready.</summary>
    public static Task Warm(TourPlayer player) => Task.Run(() =>
    {
        try
        {
            var projection = player.Camera.Projection;
            if (player.Scene.Panorama is { } pyramid)
            {
                TileSelector.VisibleTiles(projection, pyramid, TileSelector.LevelFor(projection, pyramid));
            }

            using var painter = new OverlayPainter();
            using var bitmap = new SKBitmap(projection.Width, projection.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
            using var canvas = new SKCanvas(bitmap);
            painter.Paint(canvas, player.BuildOverlay(), projection.Width, projection.Height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a warm-up: the real first frame reports anything that matters.
            Log.Debug(e, "Start-up warm-up failed");
        }
    });
}
