using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Video;

/// <summary>Where the control bar's parts and the caption area are for a screen size; shared by painting and hit tests.</summary>
internal sealed record VideoControlsLayout(
    SKRect Bar, SKRect LeaveButton, SKRect PlayButton, SKRect Seek, SKRect TimeText, SKRect MuteButton, SKRect VolumeTrack, SKRect CaptionsButton,
    float CaptionSize, float CaptionMaxWidth, float CaptionBottom, SKRect MessageCard, SKRect BackButton, float G)
{
    public static VideoControlsLayout For(int width, int height)
    {
        var m = OverlayMetrics.For(width, height);
        var g = m.G;
        var barHeight = 10 * g;
        var bar = new SKRect(m.Margin, height - m.Margin - barHeight, width - m.Margin, height - m.Margin);
        var button = barHeight - 2 * g;
        var leave = SKRect.Create(bar.Left + g, bar.Top + g, button, button);
        var play = SKRect.Create(leave.Right + g, bar.Top + g, button, button);
        var volume = new SKRect(bar.Right - 2 * g - 16 * g, bar.MidY - 3 * g, bar.Right - 2 * g, bar.MidY + 3 * g);
        var mute = SKRect.Create(volume.Left - g - button, bar.Top + g, button, button);
        var captions = SKRect.Create(mute.Left - g - button, bar.Top + g, button, button);
        var time = new SKRect(captions.Left - 2 * g - 22 * g, bar.Top, captions.Left - 2 * g, bar.Bottom);
        var seek = new SKRect(play.Right + 3 * g, bar.MidY - 3 * g, time.Left - 2 * g, bar.MidY + 3 * g);
        // Captions: at least 3.5% of the screen height (40 px at 1080p), readable from a few steps away.
        var captionSize = Math.Max(0.037f * height, 14);
        var card = SKRect.Create(width / 2f - 60 * g, height / 2f - 20 * g, 120 * g, 40 * g);
        var back = SKRect.Create(card.MidX - 24 * g, card.Bottom - 14 * g, 48 * g, 9 * g);
        return new VideoControlsLayout(bar, leave, play, seek, time, mute, volume, captions, captionSize, 0.6f * width, bar.Top - 3 * g, card, back, g);
    }
}
