namespace ExhibitionViewer.Video;

/// <summary>The per-frame step: starting, choosing the due frame, and the end.</summary>
public sealed partial class VideoPlayback
{
    /// <summary>Advances playback; returns the frame to show when it changed, and whether the video looped or ended.</summary>
    public VideoTick Update()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return State switch
        {
            VideoPlaybackState.Starting => UpdateStarting(),
            VideoPlaybackState.Playing => UpdatePlaying(),
            _ => default,
        };
    }

    private VideoTick UpdateStarting()
    {
        var video = decoder!;
        if (video.TryPeek(out _) && (clock!.IsReady || DateTime.UtcNow - startingSince > PrimeTimeout))
        {
            video.TryTake(out var first);
            Show(first, video, startSeconds);
            State = wantPlaying ? VideoPlaybackState.Playing : VideoPlaybackState.Paused;
            clock!.Run(wantPlaying);
            return new VideoTick(first);
        }

        if (video.IsFinished)
        {
            Fail(video.Error ?? "the video has no frames to show");
        }

        return default;
    }

    private VideoTick UpdatePlaying()
    {
        var video = decoder!;
        var now = clock!.Now;
        VideoFrame? shown = null;
        while (video.TryPeek(out var next) && next.Pts <= now)
        {
            video.TryTake(out next);
            if (video.TryPeek(out var after) && after.Pts <= now)
            {
                // A later frame is already due: showing this one would only put the picture further behind the sound.
                video.Recycle(next);
                Stats.AddDropped();
                continue;
            }

            Show(next, video, now);
            shown = next;
        }

        if (shown is null && current is not null && video.Queued == 0 && !video.IsFinished && now - current.Pts > CatchUpLagSeconds
            && now + CatchUpLeadSeconds < Duration && DateTime.UtcNow - lastCatchUp > CatchUpInterval)
        {
            CatchUp(current, now);
            return default;
        }

        if (video.IsFinished && (video.Error is null || current is not null) && now >= EndOf(video))
        {
            return End(shown);
        }

        if (video.IsFinished && current is null)
        {
            Fail(video.Error ?? "the video has no frames to show");
        }

        return new VideoTick(shown);
    }

    // The last frame shows for one frame interval; a stream that stops early ends when its frames do.
    private double EndOf(VideoDecoder video) => video.StartSeconds + video.FramesDecoded * FrameSeconds;

    private VideoTick End(VideoFrame? shown)
    {
        if (options.Loop)
        {
            Loops++;
            StartSession(0);
            return new VideoTick(shown, Looped: true);
        }

        clock?.Run(false);
        State = VideoPlaybackState.Ended;
        wantPlaying = false;
        return new VideoTick(shown, Ended: true, NextScene: options.NextScene);
    }

    private void Show(VideoFrame frame, VideoDecoder owner, double now)
    {
        if (current is not null)
        {
            currentOwner?.Recycle(current);
        }

        current = frame;
        currentOwner = owner;
        Stats.AddShown(now - frame.Pts, FrameSeconds);
    }

    private void Fail(string reason)
    {
        Error = reason;
        State = VideoPlaybackState.Failed;
        StopSession();
    }
}
