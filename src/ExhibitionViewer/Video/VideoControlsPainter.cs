using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Video;

/// <summary>
/// Paints the video controls onto an <see cref="SKCanvas"/> in the overlay's palette and type: a bottom bar with
/// play/pause, a seek bar, the time, mute and volume; captions large and centred above it on a dark box; or, when the
/// video cannot play, a calm message with a way back. <see cref="HitTest"/> agrees with what is painted.
/// </summary>
public sealed partial class VideoControlsPainter : IDisposable
{
    private readonly OverlayFonts fonts = new();

    /// <summary>Paints <paramref name="state"/> for a screen of the given size.</summary>
    public void Paint(SKCanvas canvas, VideoControlsState state, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var layout = VideoControlsLayout.For(width, height);
        if (state.Message is { } message)
        {
            PaintMessage(canvas, layout, message, state.BackLabel);
            return;
        }

        if (state.ShowBar)
        {
            PaintBar(canvas, layout, state);
        }

        if (!string.IsNullOrWhiteSpace(state.Caption))
        {
            PaintCaption(canvas, layout, state.Caption, state.ShowBar ? layout.CaptionBottom : height - layout.G * 4);
        }
    }

    /// <summary>What the point (x, y) hits on a screen of the given size, for the given state.</summary>
    public static VideoControlHit HitTest(VideoControlsState state, float x, float y, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(state);
        var layout = VideoControlsLayout.For(width, height);
        if (state.Message is not null)
        {
            return layout.BackButton.Contains(x, y) ? new VideoControlHit(VideoControlTarget.Back) : default;
        }

        if (!state.ShowBar || !layout.Bar.Contains(x, y))
        {
            return default;
        }

        var seekHit = Inflate(layout.Seek, 0, layout.G * 2);
        var volumeHit = Inflate(layout.VolumeTrack, layout.G, layout.G * 2);
        return layout.LeaveButton.Contains(x, y) ? new VideoControlHit(VideoControlTarget.Back)
            : layout.PlayButton.Contains(x, y) ? new VideoControlHit(VideoControlTarget.PlayPause)
            : layout.MuteButton.Contains(x, y) ? new VideoControlHit(VideoControlTarget.Mute)
            : state.CaptionsOn is not null && layout.CaptionsButton.Contains(x, y) ? new VideoControlHit(VideoControlTarget.Captions)
            : seekHit.Contains(x, y) ? new VideoControlHit(VideoControlTarget.SeekBar, Fraction(layout.Seek, x))
            : volumeHit.Contains(x, y) ? new VideoControlHit(VideoControlTarget.Volume, Fraction(layout.VolumeTrack, x))
            : new VideoControlHit(VideoControlTarget.None);
    }

    /// <summary>The position along the seek bar for a pointer being dragged anywhere (for a drag that leaves the bar).</summary>
    public static double SeekFraction(float x, int width, int height) => Fraction(VideoControlsLayout.For(width, height).Seek, x);

    /// <inheritdoc />
    public void Dispose() => fonts.Dispose();

    private static double Fraction(SKRect track, float x) => Math.Clamp((x - track.Left) / track.Width, 0, 1);

    private static SKRect Inflate(SKRect r, float dx, float dy) => new(r.Left - dx, r.Top - dy, r.Right + dx, r.Bottom + dy);
}
