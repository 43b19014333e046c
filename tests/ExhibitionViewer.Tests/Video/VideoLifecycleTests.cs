using ExhibitionViewer.Tests.Video.Support;
using ExhibitionViewer.Video;

namespace ExhibitionViewer.Tests.Video;

[NonParallelizable]
public sealed class VideoLifecycleTests
{
    [Test]
    public void A_hundred_start_and_stop_cycles_leave_no_ffmpeg_behind_and_no_memory_growth()
    {
        // Given the clip, a sound device, and a first warm-up cycle (JIT, pools, SDL)
        using var clip = new TestClip();
        var info = VideoProbe.Probe(clip.Tools, clip.Source);
        using var audio = DummyAudio.Open();
        Cycle(clip, info, audio, waitForFrame: true);
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var rssBefore = ChildProcesses.RssBytes();
        var frames = 0;

        // When playback is started and stopped 100 times: every tenth waits for a frame, the others stop at once
        // (ffmpeg still starting up: the hardest moment to end it cleanly)
        for (var i = 0; i < 100; i++)
        {
            frames += Cycle(clip, info, audio, waitForFrame: i % 10 == 0) ? 1 : 0;
        }

        // Then no ffmpeg child is left (not running, not unreaped), and memory is flat
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        var rssAfter = ChildProcesses.RssBytes();
        TestContext.Out.WriteLine($"managed {managedBefore / 1e6:F1} -> {managedAfter / 1e6:F1} MB, RSS {rssBefore / 1e6:F1} -> {rssAfter / 1e6:F1} MB");
        Assert.That(frames, Is.EqualTo(10));
        Assert.That(ChildProcesses.Current(), Is.Empty);
        // A frame is 0.3 MB; a leaked session holds at least its queue of them, so 100 leaks would be far above these.
        Assert.That(managedAfter - managedBefore, Is.LessThan(8_000_000));
        Assert.That(rssAfter - rssBefore, Is.LessThan(64_000_000));
    }

    [Test]
    public void Disposing_a_decoder_that_is_blocked_on_a_full_queue_kills_and_reaps_its_ffmpeg()
    {
        // Given a decoder whose queue filled up, so ffmpeg is blocked writing the pipe
        using var clip = new TestClip();
        var info = VideoProbe.Probe(clip.Tools, clip.Source);
        var decoder = new VideoDecoder(clip.Tools, clip.Source, info, 0, capacity: 2);
        Assert.That(SpinWait.SpinUntil(() => decoder.Queued == 2, 10_000), Is.True);
        Assert.That(ChildProcesses.Current().Select(c => c.Pid), Does.Contain(decoder.ProcessId));

        // When it is disposed
        decoder.Dispose();

        // Then its ffmpeg is gone from the process table
        Assert.That(ChildProcesses.Current().Select(c => c.Pid), Does.Not.Contain(decoder.ProcessId));
    }

    private static bool Cycle(TestClip clip, VideoStreamInfo info, ExhibitionViewer.Platform.SdlAudioDevice audio, bool waitForFrame)
    {
        using var playback = new VideoPlayback(clip.Tools, clip.Source, info, new VideoPlaybackOptions { Audio = audio });
        return waitForFrame && Player.RunUntil(playback, tick => tick.Frame is not null, 10);
    }
}
