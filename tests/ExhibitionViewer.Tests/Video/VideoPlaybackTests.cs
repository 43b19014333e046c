using Exhibition.Bundle.Captions;
using ExhibitionViewer.Tests.Video.Support;
using ExhibitionViewer.Video;

namespace ExhibitionViewer.Tests.Video;

/// <summary>Real ffmpeg, real SDL audio queue (dummy driver, which takes sound in real time).</summary>
[NonParallelizable]
public sealed class VideoPlaybackTests
{
    private TestClip clip = null!;
    private VideoStreamInfo info = null!;

    [OneTimeSetUp]
    public void MakeClip()
    {
        clip = new TestClip();
        info = VideoProbe.Probe(clip.Tools, clip.Source);
    }

    [OneTimeTearDown]
    public void RemoveClip() => clip.Dispose();

    [Test]
    public void Each_flash_is_on_screen_while_its_beep_is_being_heard_and_frames_follow_the_audio_clock()
    {
        // Given the clip playing with sound through a tap that knows where each beep starts in the sound stream
        using var audio = new TapAudioOutput(DummyAudio.Open());
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info, new VideoPlaybackOptions { Audio = audio });
        var flashOffsets = new List<double>();
        var clockErrors = new List<double>();

        // When it plays to the end, noting for each new frame the sound being heard and the clock
        var ended = Player.RunUntil(playback, tick =>
        {
            if (tick.Frame is { } frame)
            {
                var counter = TestClip.CounterOf(frame);
                clockErrors.Add(Math.Abs(counter / 30.0 - playback.Position));
                if (TestClip.IsFlash(frame) && counter > 0)
                {
                    var heard = audio.HeardByte;
                    flashOffsets.Add(audio.BeepOnsets.Min(onset => Math.Abs(heard - onset)) / audio.BytesPerSecond);
                }
            }

            return tick.Ended;
        });

        // Then it played through with sound; the flashes at 1 s and 2 s showed within 1.5 frames (50 ms) of their beeps;
        // and the frame on screen always matched the clock within 1.5 frames
        Assert.That(ended, Is.True);
        Assert.That(playback.HasSound, Is.True);
        Assert.That(audio.BeepOnsets, Has.Count.EqualTo(3), "beeps at 0, 1 and 2 s");
        Assert.That(flashOffsets, Has.Count.EqualTo(2));
        Assert.That(flashOffsets, Has.All.LessThan(0.050));
        Assert.That(clockErrors.Max(), Is.LessThan(0.050));
        Assert.That(playback.Stats.FramesShown + playback.Stats.FramesDropped, Is.EqualTo(90));
        TestContext.Out.WriteLine($"flash-to-beep {string.Join(", ", flashOffsets.Select(o => $"{o * 1000:F1} ms"))}; {playback.Stats}");
    }

    [Test]
    public void After_a_seek_to_two_seconds_the_first_frame_shown_is_frame_sixty()
    {
        // Given the clip playing
        using var audio = DummyAudio.Open();
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info, new VideoPlaybackOptions { Audio = audio });
        Assert.That(Player.RunUntil(playback, tick => tick.Frame is not null), Is.True);

        // When it seeks to 2.0 s
        playback.Seek(2.0);
        Assert.That(playback.State, Is.EqualTo(VideoPlaybackState.Starting));
        Assert.That(playback.Position, Is.EqualTo(2.0));
        var counter = -1;
        Player.RunUntil(playback, tick =>
        {
            counter = tick.Frame is { } f ? TestClip.CounterOf(f) : -1;
            return counter >= 0;
        });

        // Then the next frame shown is frame 60 ± 1, and it plays on from there
        Assert.That(counter, Is.InRange(59, 61));
        Assert.That(playback.State, Is.EqualTo(VideoPlaybackState.Playing));
    }

    [Test]
    public void A_looping_video_starts_again_at_frame_zero_when_it_ends()
    {
        // Given a looping video started near its end
        using var audio = DummyAudio.Open();
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info,
            new VideoPlaybackOptions { Audio = audio, Loop = true, StartSeconds = 2.5 });

        // When it reaches the end and the next frame arrives
        Assert.That(Player.RunUntil(playback, tick => tick.Looped), Is.True);
        var counter = -1;
        Player.RunUntil(playback, tick => (counter = tick.Frame is { } f ? TestClip.CounterOf(f) : -1) >= 0);

        // Then it counted one loop and showed frame 0 again
        Assert.That(playback.Loops, Is.EqualTo(1));
        Assert.That(counter, Is.Zero);
    }

    [Test]
    public void A_video_that_does_not_loop_ends_on_its_last_frame_and_names_the_next_scene()
    {
        // Given a video that goes on to a scene, started near its end
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info,
            new VideoPlaybackOptions { NextScene = "gallery", StartSeconds = 2.6 });
        var last = -1;

        // When it plays to the end
        VideoTick end = default;
        Assert.That(Player.RunUntil(playback, tick =>
        {
            last = tick.Frame is { } f ? TestClip.CounterOf(f) : last;
            end = tick;
            return tick.Ended;
        }), Is.True);

        // Then the last frame shown was frame 89, the tick names the next scene, and time stops at the end
        Assert.That(last, Is.EqualTo(89));
        Assert.That(end.NextScene, Is.EqualTo("gallery"));
        Assert.That(playback.State, Is.EqualTo(VideoPlaybackState.Ended));
        Assert.That(playback.Position, Is.EqualTo(TestClip.Seconds).Within(0.1));
    }

    [Test]
    public void Without_an_audio_device_the_video_plays_silently_on_the_wall_clock()
    {
        // Given no sound output (an SDL audio driver that does not exist)
        var device = ExhibitionViewer.Platform.SdlAudioDevice.TryOpen("no-such-driver", out var reason);
        Assert.That(device, Is.Null);
        Assert.That(reason, Is.Not.Empty);
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info, new VideoPlaybackOptions { StartSeconds = 2.0 });
        var started = DateTime.UtcNow;

        // When it plays to the end
        Assert.That(Player.RunUntil(playback, tick => tick.Ended), Is.True);

        // Then it had no sound, and its last second took about a second of wall time
        Assert.That(playback.HasSound, Is.False);
        Assert.That((DateTime.UtcNow - started).TotalSeconds, Is.InRange(0.9, 2.5));
        Assert.That(playback.Stats.FramesShown, Is.GreaterThan(20));
    }

    [Test]
    public void Pausing_stops_the_clock_and_the_picture_until_play()
    {
        // Given the clip playing with sound
        using var audio = DummyAudio.Open();
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info, new VideoPlaybackOptions { Audio = audio });
        Assert.That(Player.RunUntil(playback, _ => playback.Position > 0.5), Is.True);

        // When it is paused for half a second
        playback.TogglePlayPause();
        var at = playback.Position;
        var framesWhilePaused = 0;
        Player.RunUntil(playback, tick => { framesWhilePaused += tick.Frame is null ? 0 : 1; return false; }, 0.5);

        // Then neither time nor picture moved; after play, time moves again
        Assert.That(playback.State, Is.EqualTo(VideoPlaybackState.Paused));
        Assert.That(playback.Position, Is.EqualTo(at).Within(0.03));
        Assert.That(framesWhilePaused, Is.Zero);
        playback.TogglePlayPause();
        Assert.That(Player.RunUntil(playback, _ => playback.Position > at + 0.3, 5), Is.True);
    }

    [Test]
    public void Captions_show_during_their_cues_while_the_video_plays()
    {
        // Given English and Welsh captions
        var en = CaptionTrack.Parse("WEBVTT\n\n00:00.500 --> 00:01.500\nFirst <i>line</i>\n\n00:02.000 --> 00:02.500\nSecond &amp; last\n");
        var cy = CaptionTrack.Parse("WEBVTT\n\n00:00.500 --> 00:01.500\nLlinell gyntaf\n");
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info, new VideoPlaybackOptions
        {
            Captions = new Dictionary<string, CaptionTrack> { ["en"] = en, ["cy"] = cy },
        });
        var seen = new List<(double Time, string? En, string? Cy)>();

        // When it plays, sampling the captions
        Player.RunUntil(playback, tick =>
        {
            seen.Add((playback.Position, playback.CaptionText("en"), playback.CaptionText("cy")));
            return tick.Ended;
        });

        // Then each language shows its cue exactly inside the cue's times, with markup removed
        string? Expected(double t) => t is >= 0.5 and < 1.5 ? "First line" : t is >= 2.0 and < 2.5 ? "Second & last" : null;
        Assert.That(seen.Where(s => s.En != Expected(s.Time)), Is.Empty);
        Assert.That(seen.Where(s => s.Cy != (s.Time is >= 0.5 and < 1.5 ? "Llinell gyntaf" : null)), Is.Empty);
        Assert.That(seen.Count(s => s.En == "Second & last"), Is.GreaterThan(10));
    }
}
