using System.Diagnostics;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Rendering;

/// <summary>Renders a view into an offscreen framebuffer once every tile it needs is resident, and reads it back.</summary>
public static class OffscreenCapture
{
    /// <summary>
    /// Draws frames until the layer reports the view complete (or <paramref name="timeout"/> passes: then the last
    /// frame, with stand-ins, is returned and <see cref="CaptureResult.Complete"/> is false).
    /// </summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="layer">The panorama.</param>
    /// <param name="projection">The view.</param>
    /// <param name="timeout">How long to wait for tiles.</param>
    /// <param name="overlay">Draws over the panorama each frame (the 2D overlay), if given.</param>
    public static CaptureResult Capture(GlRenderer renderer, CubeTileLayer layer, ViewProjection projection, TimeSpan timeout, Action? overlay = null)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(layer);
        using var target = new GlFramebuffer(renderer.Gl, projection.Width, projection.Height);
        target.Bind();
        try
        {
            var clock = Stopwatch.StartNew();
            var frames = 0;
            LayerFrame frame;
            do
            {
                renderer.BeginFrame(projection);
                frame = layer.Draw(projection);
                overlay?.Invoke();
                renderer.EndFrame();
                frames++;
                if (!frame.IsComplete && frame.Uploaded == 0)
                {
                    Thread.Sleep(2);
                }
            }
            while (!frame.IsComplete && clock.Elapsed < timeout);

            renderer.Gl.Finish();
            return new CaptureResult(target.ReadPixels(), frame.IsComplete, frames, clock.Elapsed, frame.Level);
        }
        finally
        {
            target.Unbind();
        }
    }
}
