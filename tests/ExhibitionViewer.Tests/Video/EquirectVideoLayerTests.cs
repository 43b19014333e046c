using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Tests.Video.Support;
using ExhibitionViewer.Video;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Video;

/// <summary>The GL layer against a CPU projection of the same frame as ffmpeg itself converts it to RGB.</summary>
[NonParallelizable]
public sealed class EquirectVideoLayerTests
{
    private TestClip clip = null!;
    private SdlWindow window = null!;

    [OneTimeSetUp]
    public void Open()
    {
        clip = new TestClip();
        window = HeadlessGl.Open(64, 64);
    }

    [OneTimeTearDown]
    public void Close()
    {
        window?.Dispose();
        clip?.Dispose();
    }

    // Both sides filter bilinearly, but ffmpeg upsamples chroma with its own filter and the shader with the GPU's
    // linear filter (and chroma siting differs by a quarter chroma pixel): testsrc2's hard colour edges differ by a few
    // levels along each edge. A wrong matrix (601 vs 709), range, flipped axis or yaw offset costs 10 to 60 levels.
    [TestCase(0, 0, 100)]
    [TestCase(180, 10, 90)]
    [TestCase(-100, -35, 70)]
    public void A_frame_drawn_at_a_view_matches_a_CPU_projection_of_ffmpegs_own_RGB_frame(double yaw, double pitch, double hfov)
    {
        // Given the frame at 1.5 s, decoded through the bundle range, and ffmpeg's RGB picture of the same frame
        const double At = 1.5;
        var info = VideoProbe.Probe(clip.Tools, clip.Source);
        using var decoder = new VideoDecoder(clip.Tools, clip.Source, info, At);
        Assert.That(SpinWait.SpinUntil(() => decoder.TryPeek(out _), 20_000), Is.True);
        decoder.TryTake(out var frame);
        var reference = new EquirectImage(ReferenceFrame(At));

        // When the layer draws it at the view
        var projection = new ViewProjection(new ViewAngles(yaw, pitch, hfov), 480, 270);
        var actual = Render(projection, layer => layer.Upload(frame));

        // Then it matches the CPU projection within 4 levels per channel on average
        var error = ImageCompare.MeanAbsoluteError(actual, reference.RenderView(projection));
        TestContext.Out.WriteLine($"mean abs error R {error.R:F2} G {error.G:F2} B {error.B:F2}");
        Assert.That(Math.Max(error.R, Math.Max(error.G, error.B)), Is.LessThan(4));
    }

    [Test]
    public void The_poster_shows_through_the_same_projection_with_no_seam_at_180_degrees()
    {
        // Given a large poster (so the view minifies it and mipmaps are used) of the frame at 1.0 s
        var small = ReferenceFrame(1.0);
        var poster = Enlarge(small, 4);
        // 120° over 320 px is 0.375° a pixel: one pixel off 180° puts the meridian inside a 2×2 derivative quad.
        var projection = new ViewProjection(new ViewAngles(180 - 0.375, 0, 120), 320, 180);

        // When it is drawn before any frame, looking at the ±180° meridian
        var actual = Render(projection, layer => layer.SetPoster(poster));

        // Then the picture matches the CPU projection, and no column (the seam falls on the centre one) stands out:
        // sampling without explicit gradients there would read the smallest mip level and draw a line
        var expected = new EquirectImage(poster).RenderView(projection);
        var columns = ColumnErrors(actual, expected);
        var median = columns.Order().ElementAt(columns.Length / 2);
        TestContext.Out.WriteLine($"column error median {median:F2}, max {columns.Max():F2} at {Array.IndexOf(columns, columns.Max())}");
        Assert.That(columns.Max(), Is.LessThan(median + 3), "a seam line: plain texture() scores about 11 here");
        Assert.That(columns.Average(), Is.LessThan(6));
    }

    [Test]
    public void A_screenshot_at_a_time_shows_that_frame_at_the_view()
    {
        // Given the clip in its bundle
        var info = VideoProbe.Probe(clip.Tools, clip.Source);
        var projection = new ViewProjection(new ViewAngles(20, 0, 100), 480, 270);

        // When the screenshot path captures 2.2 s
        var actual = VideoScreenshot.Capture(window.Gl, clip.Tools, clip.Source, info, 2.2, projection);

        // Then it is ffmpeg's frame at 2.2 s seen from that view (same tolerance as above), not the one at 1.5 s
        var atTwo = ImageCompare.MeanAbsoluteError(actual, new EquirectImage(ReferenceFrame(2.2)).RenderView(projection));
        var atOne = ImageCompare.MeanAbsoluteError(actual, new EquirectImage(ReferenceFrame(1.5)).RenderView(projection));
        Assert.That(Math.Max(atTwo.R, Math.Max(atTwo.G, atTwo.B)), Is.LessThan(4));
        Assert.That(atOne.R + atOne.G + atOne.B, Is.GreaterThan(3 * (atTwo.R + atTwo.G + atTwo.B) + 3));
    }

    private DecodedImage Render(ViewProjection projection, Action<EquirectVideoLayer> prepare)
    {
        var gl = window.Gl;
        using var target = new GlFramebuffer(gl, projection.Width, projection.Height);
        using var layer = new EquirectVideoLayer(gl);
        prepare(layer);
        target.Bind();
        layer.Draw(projection);
        gl.Finish();
        var image = target.ReadPixels();
        target.Unbind();
        return image;
    }

    private DecodedImage ReferenceFrame(double at) => TestClip.FrameAt(clip.ClipPath, at, clip.Folder);

    private static DecodedImage Enlarge(DecodedImage image, int factor)
    {
        var pixels = new byte[image.Rgba.Length * factor * factor];
        var width = image.Width * factor;
        for (var y = 0; y < image.Height * factor; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Array.Copy(image.Rgba, ((y / factor) * image.Width + x / factor) * 4, pixels, (y * width + x) * 4, 4);
            }
        }

        return new DecodedImage(width, image.Height * factor, pixels);
    }

    private static double[] ColumnErrors(DecodedImage a, DecodedImage b)
    {
        var columns = new double[a.Width];
        for (var x = 0; x < a.Width; x++)
        {
            long sum = 0;
            for (var y = 0; y < a.Height; y++)
            {
                var i = (y * a.Width + x) * 4;
                sum += Math.Abs(a.Rgba[i] - b.Rgba[i]) + Math.Abs(a.Rgba[i + 1] - b.Rgba[i + 1]) + Math.Abs(a.Rgba[i + 2] - b.Rgba[i + 2]);
            }

            columns[x] = sum / (3.0 * a.Height);
        }

        return columns;
    }
}
