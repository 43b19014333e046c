using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Video;
using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Video;

[NonParallelizable]
public sealed class VideoControlsLayerTests
{
    // Premultiplied "over" black is exact apart from the blend unit's 8-bit rounding: 1 level, 2 allowed.
    private const int Tolerance = 2;
    private const int Width = 640;
    private const int Height = 360;

    [Test]
    public void The_GL_controls_match_the_painted_bitmap_over_black_and_repaint_only_when_the_shown_time_changes()
    {
        // Given a state with the bar and a caption, drawn over a black framebuffer
        using var window = HeadlessGl.Open(64, 64);
        var gl = window.Gl;
        var state = new VideoControlsState(true, 12.3, 60, false, 0.7f, "A caption over two lines, because it is a long one that wraps");
        using var painter = new VideoControlsPainter();
        using var target = new GlFramebuffer(gl, Width, Height);
        using var layer = new VideoControlsLayer(gl, painter);
        target.Bind();
        gl.ClearColor(0, 0, 0, 1);
        gl.Clear(ClearBufferMask.ColorBufferBit);

        // When the layer draws it, and draws the next frame (a few milliseconds of video later) over a fresh clear
        layer.Draw(state, Width, Height);
        gl.Clear(ClearBufferMask.ColorBufferBit);
        layer.Draw(state with { Position = 12.4 }, Width, Height);
        gl.Finish();
        var actual = target.ReadPixels();
        target.Unbind();

        // Then every pixel is the painter's premultiplied colour, and the second draw reused the first painting
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(bitmap))
        {
            painter.Paint(canvas, state with { Position = 12.25 }, Width, Height);
        }

        var worst = 0;
        var covered = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var expected = bitmap.GetPixel(x, y).PremultipliedChannels();
                var i = (y * Width + x) * 4;
                worst = Math.Max(worst, Math.Abs(actual.Rgba[i] - expected.R));
                worst = Math.Max(worst, Math.Abs(actual.Rgba[i + 2] - expected.B));
                covered += expected.A > 0 ? 1 : 0;
            }
        }

        Assert.That(covered, Is.GreaterThan(Width * Height / 20), "the bar and caption cover a good part of the screen");
        Assert.That(worst, Is.LessThanOrEqualTo(Tolerance));
        Assert.That(layer.PaintCount, Is.EqualTo(1));
    }
}

internal static class ColorExtensions
{
    public static (int R, int B, int A) PremultipliedChannels(this SKColor c) =>
        ((int)Math.Round(c.Red * c.Alpha / 255.0), (int)Math.Round(c.Blue * c.Alpha / 255.0), c.Alpha);
}
