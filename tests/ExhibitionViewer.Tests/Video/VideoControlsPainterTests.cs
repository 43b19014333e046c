using ExhibitionViewer.Video;
using SkiaSharp;

namespace ExhibitionViewer.Tests.Video;

public sealed class VideoControlsPainterTests
{
    private const int Width = 1280;
    private const int Height = 720;
    private static readonly VideoControlsState Playing = new(true, 30, 120, false, 0.8f, null);

    [Test]
    public void Hit_testing_finds_play_mute_and_the_seek_position_where_they_are_painted()
    {
        // Given the controls painted over a transparent screen
        using var bitmap = Paint(Playing);

        // When the bar is scanned along its middle row for painted parts and hit-tested
        var layout = VideoControlsLayout.For(Width, Height);
        var row = (int)layout.Bar.MidY;

        // Then the play button and mute button are hit where they are, the seek bar maps x to a fraction,
        // a drag past its end clamps to 1, and the bar is opaque where it is painted
        Assert.That(VideoControlsPainter.HitTest(Playing, layout.PlayButton.MidX, row, Width, Height).Target, Is.EqualTo(VideoControlTarget.PlayPause));
        Assert.That(VideoControlsPainter.HitTest(Playing, layout.MuteButton.MidX, row, Width, Height).Target, Is.EqualTo(VideoControlTarget.Mute));
        var quarter = layout.Seek.Left + layout.Seek.Width / 4;
        var hit = VideoControlsPainter.HitTest(Playing, quarter, row, Width, Height);
        Assert.That(hit.Target, Is.EqualTo(VideoControlTarget.SeekBar));
        Assert.That(hit.Fraction, Is.EqualTo(0.25).Within(0.002));
        Assert.That(VideoControlsPainter.SeekFraction(Width * 2, Width, Height), Is.EqualTo(1));
        Assert.That(VideoControlsPainter.HitTest(Playing, Width / 2f, Height / 3f, Width, Height).Target, Is.EqualTo(VideoControlTarget.None));
        Assert.That(bitmap.GetPixel((int)layout.Bar.MidX, (int)layout.Bar.Top + 4).Alpha, Is.GreaterThan(200));
        Assert.That(bitmap.GetPixel(Width / 2, Height / 3).Alpha, Is.Zero);
    }

    [Test]
    public void The_bar_has_a_way_back_and_a_captions_button_only_when_the_video_has_captions()
    {
        // Given the bar of a video with captions (on) and of one without
        var layout = VideoControlsLayout.For(Width, Height);
        var row = layout.Bar.MidY;
        var withCaptions = Playing with { CaptionsOn = true };
        using var painted = Paint(withCaptions);
        using var bare = Paint(Playing);

        // When the back arrow and the captions button are hit-tested
        var back = VideoControlsPainter.HitTest(Playing, layout.LeaveButton.MidX, row, Width, Height).Target;
        var captions = VideoControlsPainter.HitTest(withCaptions, layout.CaptionsButton.MidX, row, Width, Height).Target;
        var noCaptions = VideoControlsPainter.HitTest(Playing, layout.CaptionsButton.MidX, row, Width, Height).Target;

        // Then the arrow leads back, and the captions button exists (and is painted in the accent colour) only with captions
        Assert.That(back, Is.EqualTo(VideoControlTarget.Back));
        Assert.That(captions, Is.EqualTo(VideoControlTarget.Captions));
        Assert.That(noCaptions, Is.EqualTo(VideoControlTarget.None));
        var at = ((int)layout.CaptionsButton.MidX - (int)(layout.G * 2), (int)layout.CaptionsButton.MidY);
        Assert.That(painted.GetPixel(at.Item1, at.Item2), Is.Not.EqualTo(bare.GetPixel(at.Item1, at.Item2)));
    }

    [Test]
    public void The_seek_bar_is_painted_in_the_accent_colour_up_to_the_current_time()
    {
        // Given a video a quarter of the way through
        var state = Playing with { Position = 30, Duration = 120 };

        // When painted
        using var bitmap = Paint(state);

        // Then the track is accent-coloured before the quarter mark and not well after it
        var layout = VideoControlsLayout.For(Width, Height);
        var y = (int)layout.Seek.MidY;
        var before = bitmap.GetPixel((int)(layout.Seek.Left + layout.Seek.Width * 0.1f), y);
        var after = bitmap.GetPixel((int)(layout.Seek.Left + layout.Seek.Width * 0.6f), y);
        Assert.That((before.Red, before.Green, before.Blue), Is.EqualTo(((byte)0xFC, (byte)0xA3, (byte)0x11)));
        Assert.That(after.Red, Is.LessThan(0xE0));
    }

    [Test]
    public void Captions_are_large_centred_above_the_bar_and_wrapped_to_sixty_percent_of_the_width()
    {
        // Given a long caption
        var caption = string.Join(' ', Enumerable.Repeat("Technicians keep the gallery running every day", 4));
        var state = Playing with { Caption = caption };

        // When painted
        using var painter = new VideoControlsPainter();
        var lines = painter.WrapCaption(caption, Width, Height);
        using var bitmap = Paint(state);

        // Then the text is at least 3.5% of the height, wraps into several lines within 60% of the width, and the
        // dark box is painted centred, above the bar, and not at the screen's sides
        var layout = VideoControlsLayout.For(Width, Height);
        Assert.That(layout.CaptionSize, Is.GreaterThanOrEqualTo(0.035f * Height));
        Assert.That(lines, Has.Count.GreaterThan(1));
        Assert.That(string.Join(' ', lines), Is.EqualTo(caption));
        var boxPixel = bitmap.GetPixel(Width / 2, (int)layout.CaptionBottom - 4);
        Assert.That(boxPixel.Alpha, Is.GreaterThan(150));
        Assert.That(bitmap.GetPixel((int)(Width * 0.12f), (int)layout.CaptionBottom - 4).Alpha, Is.Zero);
    }

    [Test]
    public void A_video_that_cannot_play_shows_a_message_with_a_way_back_and_no_bar()
    {
        // Given a failed video's state
        var state = Playing with { Message = "This video can't be played just now.", ShowBar = false };

        // When painted and hit-tested
        using var bitmap = Paint(state);
        var layout = VideoControlsLayout.For(Width, Height);

        // Then the back button is hit where it is painted (accent), and the bar is neither painted nor hit
        var back = bitmap.GetPixel((int)layout.BackButton.MidX, (int)layout.BackButton.Top + 3);
        Assert.That(back.Red, Is.GreaterThan(0xE0));
        Assert.That(VideoControlsPainter.HitTest(state, layout.BackButton.MidX, layout.BackButton.MidY, Width, Height).Target, Is.EqualTo(VideoControlTarget.Back));
        Assert.That(VideoControlsPainter.HitTest(state, layout.PlayButton.MidX, layout.PlayButton.MidY, Width, Height).Target, Is.EqualTo(VideoControlTarget.None));
    }

    private static SKBitmap Paint(VideoControlsState state)
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using var canvas = new SKCanvas(bitmap);
        using var painter = new VideoControlsPainter();
        painter.Paint(canvas, state, Width, Height);
        return bitmap;
    }
}
