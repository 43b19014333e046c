using ExhibitionViewer.Overlay;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Overlay.Support;
using ExhibitionViewer.Tests.Support;
using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Overlay;

/// <summary>Draws the overlay through the real GL path (SDL offscreen driver, llvmpipe) over a cleared framebuffer.</summary>
public sealed class OverlayLayerGlTests : HeadlessGlFixture
{
    // The shader fetches texels 1:1 and blending is exact premultiplied "over", so the only difference from the CPU
    // composite is the 8-bit rounding of the blend unit: at most 1 level per channel, 2 allowed for safety. A
    // flipped, offset or non-premultiplied overlay would be off by tens of levels over thousands of pixels.
    private const int Tolerance = 2;
    private const int Width = 640;
    private const int Height = 360;
    private static readonly SKColor Background = new(90, 120, 150);

    [Test]
    public void The_GL_overlay_matches_the_painted_bitmap_composited_on_the_CPU()
    {
        // Given a scene with markers, a title, a language switch and a message, and a cleared framebuffer
        var gl = Window.Gl;
        using var painter = new OverlayPainter();
        var scene = OverlayScenes.Base(OverlayScenes.Marker("a", 120, 200), OverlayScenes.Marker("b", 600, 300, focused: true)) with
        {
            Languages = ["en", "cy"],
            SceneTitle = "The East Gallery",
            Message = "This part of the exhibition is resting",
            Opacity = 0.8f,
        };
        using var target = new GlFramebuffer(gl, Width, Height);
        using var layer = new OverlayLayer(gl, painter);
        target.Bind();
        gl.Viewport(0, 0, Width, Height);
        gl.ClearColor(Background.Red / 255f, Background.Green / 255f, Background.Blue / 255f, 1);
        gl.Clear(ClearBufferMask.ColorBufferBit);

        // When the layer draws it
        layer.Draw(scene, Width, Height);
        gl.Finish();
        var blendAfter = gl.IsEnabled(EnableCap.Blend);
        var actual = target.ReadPixels();
        target.Unbind();

        // Then it matches the painter's bitmap composited over the same colour, and blending is left as it was (off)
        using var overlay = OverlayBitmaps.Paint(painter, scene, Width, Height);
        var (maxError, covered) = Compare(actual, overlay);
        TestContext.Out.WriteLine($"max channel error {maxError}, {covered} overlay pixels");
        Assert.That(covered, Is.GreaterThan(10_000));
        Assert.That(maxError, Is.LessThanOrEqualTo(Tolerance));
        Assert.That(blendAfter, Is.False);
        Assert.That((GLEnum)gl.GetError(), Is.EqualTo(GLEnum.NoError));
    }

    [Test]
    public void The_layer_repaints_only_when_the_scene_content_or_size_changes()
    {
        // Given a layer
        var gl = Window.Gl;
        using var painter = new OverlayPainter();
        using var layer = new OverlayLayer(gl, painter);
        using var target = new GlFramebuffer(gl, Width, Height);
        target.Bind();

        // When equal scenes built afresh are drawn, then a changed one, then at a new size
        layer.Draw(OverlayScenes.Base(OverlayScenes.Marker("a", 100, 100)), Width, Height);
        layer.Draw(OverlayScenes.Base(OverlayScenes.Marker("a", 100, 100)), Width, Height);
        var afterSame = layer.PaintCount;
        layer.Draw(OverlayScenes.Base(OverlayScenes.Marker("a", 100, 100, focused: true)), Width, Height);
        var afterChange = layer.PaintCount;
        layer.Draw(OverlayScenes.Base(OverlayScenes.Marker("a", 100, 100, focused: true)), Width / 2, Height / 2);
        target.Unbind();

        // Then it painted once, then again for the change, then again for the size
        Assert.That(afterSame, Is.EqualTo(1));
        Assert.That(afterChange, Is.EqualTo(2));
        Assert.That(layer.PaintCount, Is.EqualTo(3));
    }

    /// <summary>Max per-channel difference from the CPU composite (premultiplied over), and how many pixels the overlay covers.</summary>
    private static (int MaxError, int Covered) Compare(DecodedImage actual, SKBitmap overlay)
    {
        var maxError = 0;
        var covered = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var src = overlay.GetPixel(x, y);
                var premul = SKPMColor.PreMultiply(src);
                var keep = 1 - premul.Alpha / 255.0;
                covered += src.Alpha > 0 ? 1 : 0;
                var i = (y * Width + x) * 4;
                maxError = Math.Max(maxError, Math.Abs(actual.Rgba[i] - (int)Math.Round(premul.Red + Background.Red * keep)));
                maxError = Math.Max(maxError, Math.Abs(actual.Rgba[i + 1] - (int)Math.Round(premul.Green + Background.Green * keep)));
                maxError = Math.Max(maxError, Math.Abs(actual.Rgba[i + 2] - (int)Math.Round(premul.Blue + Background.Blue * keep)));
            }
        }

        return (maxError, covered);
    }
}
