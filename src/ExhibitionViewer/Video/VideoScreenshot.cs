using ExhibitionViewer.Rendering;
using ExhibitionViewer.Viewing;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Video;

/// <summary>The <c>--screenshot --at SECONDS</c> path for video scenes: the frame at a time, drawn at a view, read back.</summary>
public static class VideoScreenshot
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Decodes the frame at <paramref name="seconds"/> and draws it for <paramref name="projection"/> into an offscreen
    /// framebuffer, then <paramref name="drawOver"/> (the overlay) if given; throws <see cref="InvalidDataException"/>
    /// when the video has no frame there.
    /// </summary>
    public static DecodedImage Capture(GL gl, FfmpegTools tools, VideoSource source, VideoStreamInfo info, double seconds, ViewProjection projection,
        Action? drawOver = null)
    {
        ArgumentNullException.ThrowIfNull(gl);
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        var at = info.DurationSeconds > 0 ? Math.Min(seconds, Math.Max(0, info.DurationSeconds - 1 / info.FramesPerSecond)) : seconds;
        using var decoder = new VideoDecoder(tools, source, info, at, capacity: 1);
        if (!SpinWait.SpinUntil(() => decoder.TryPeek(out _) || decoder.IsFinished, Timeout) || !decoder.TryTake(out var frame))
        {
            throw new InvalidDataException($"{source} has no frame at {seconds} s{(decoder.Error is { } e ? ": " + e : "")}");
        }

        using var target = new GlFramebuffer(gl, projection.Width, projection.Height);
        using var layer = new EquirectVideoLayer(gl);
        layer.Upload(frame);
        target.Bind();
        try
        {
            layer.Draw(projection);
            drawOver?.Invoke();
            gl.Finish();
            return target.ReadPixels();
        }
        finally
        {
            target.Unbind();
        }
    }
}
