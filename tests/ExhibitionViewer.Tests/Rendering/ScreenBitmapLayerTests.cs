using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Rendering;

public sealed class ScreenBitmapLayerTests : HeadlessGlFixture
{
    private const int Width = 640;
    private const int Height = 360;
    [Test]
    public void Only_the_cells_holding_paint_are_blended_and_a_moved_shape_leaves_no_trace()
    {
        // Given a layer painted with a red square, then repainted with the square moved (into the other texture)
        var gl = Window.Gl;
        using var target = new GlFramebuffer(gl, Width, Height);
        using var layer = new ScreenBitmapLayer(gl);
        using var red = new SKPaint { Color = SKColors.Red };
        target.Bind();
        layer.Repaint(Width, Height, canvas => canvas.DrawRect(SKRect.Create(10, 10, 40, 40), red));
        var firstCover = layer.CoveredPixels;
        layer.Repaint(Width, Height, canvas => canvas.DrawRect(SKRect.Create(300, 200, 40, 40), red));

        // When it is drawn over a blue frame
        gl.ClearColor(0, 0, 1, 1);
        gl.Clear(ClearBufferMask.ColorBufferBit);
        layer.Draw();
        gl.Finish();
        var pixels = target.ReadPixels();
        target.Unbind();

        // Then the square shows where it is now, the old place is blue, and only one or two cells were blended
        Assert.That(Pixel(pixels, 320, 220), Is.EqualTo((255, 0, 0)));
        Assert.That(Pixel(pixels, 30, 30), Is.EqualTo((0, 0, 255)));
        Assert.That(Pixel(pixels, 600, 20), Is.EqualTo((0, 0, 255)));
        Assert.That(firstCover, Is.EqualTo(ScreenBitmapLayer.CellSize * ScreenBitmapLayer.CellSize));
        Assert.That(layer.CoveredPixels, Is.LessThanOrEqualTo(2 * ScreenBitmapLayer.CellSize * ScreenBitmapLayer.CellSize));
        Assert.That(layer.PaintCount, Is.EqualTo(2));
    }

    [Test]
    public void Drawn_at_half_opacity_the_paint_is_half_blended_without_a_repaint()
    {
        // Given a layer painted red all over
        var gl = Window.Gl;
        using var target = new GlFramebuffer(gl, Width, Height);
        using var layer = new ScreenBitmapLayer(gl);
        target.Bind();
        layer.Repaint(Width, Height, canvas => canvas.Clear(SKColors.Red));

        // When it is drawn at half opacity over blue
        gl.ClearColor(0, 0, 1, 1);
        gl.Clear(ClearBufferMask.ColorBufferBit);
        layer.Draw(0.5f);
        gl.Finish();
        var pixels = target.ReadPixels();
        target.Unbind();

        // Then red and blue mix half and half (one level of rounding either way), and it was painted once
        var (r, g, b) = Pixel(pixels, 100, 100);
        Assert.That(r, Is.InRange(127, 129));
        Assert.That(g, Is.Zero);
        Assert.That(b, Is.InRange(126, 128));
        Assert.That(layer.PaintCount, Is.EqualTo(1));
    }

    [Test]
    public void A_blank_painting_blends_nothing()
    {
        // Given a layer painted with nothing
        using var layer = new ScreenBitmapLayer(Window.Gl);

        // When it is painted
        layer.Repaint(Width, Height, _ => { });

        // Then there is nothing to blend
        Assert.That(layer.CoveredPixels, Is.Zero);
    }

    private static (int R, int G, int B) Pixel(DecodedImage image, int x, int y)
    {
        var i = (y * image.Width + x) * 4;
        return (image.Rgba[i], image.Rgba[i + 1], image.Rgba[i + 2]);
    }
}
