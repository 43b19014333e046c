using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Video;

/// <summary>
/// Plays one video: starts, pauses, seeks (by restarting both decoders at the new time), loops or ends, and picks the
/// frame whose time the clock (the sound heard, or wall time when silent) has reached, dropping frames that are
/// already late. No GL: call <see cref="Update"/> once per rendered frame and upload the frame it returns.
/// Render thread only. Disposing ends and reaps every ffmpeg child.
/// </summary>
public sealed partial class VideoPlayback : IDisposable
{
    private static readonly TimeSpan PrimeTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CatchUpInterval = TimeSpan.FromSeconds(8);
    private const double CatchUpLagSeconds = 1.5;
    private const double CatchUpLeadSeconds = 0.75;
    private readonly FfmpegTools tools;
    private readonly VideoSource source;
    private readonly VideoPlaybackOptions options;
    private readonly FramePool pool;
    private VideoDecoder? decoder;
    private IPlaybackClock? clock;
    private VideoFrame? current;
    private VideoDecoder? currentOwner;
    private DateTime startingSince;
    private DateTime lastCatchUp;
    private double startSeconds;
    private bool wantPlaying;
    private float volume = 1;
    private volatile float gain = 1;
    private bool disposed;

    /// <summary>Starts decoding <paramref name="source"/> at <see cref="VideoPlaybackOptions.StartSeconds"/>.</summary>
    public VideoPlayback(FfmpegTools tools, VideoSource source, VideoStreamInfo info, VideoPlaybackOptions options)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(options);
        this.tools = tools;
        this.source = source;
        this.options = options;
        Info = info;
        // Queue, the frame on screen, the one being read, and one in hand at a seek.
        pool = new FramePool(info.FrameBytes, VideoDecoder.DefaultCapacity + 3);
        wantPlaying = options.AutoPlay;
        StartSession(Math.Clamp(options.StartSeconds, 0, MaxStart));
    }

    /// <summary>The stream played.</summary>
    public VideoStreamInfo Info { get; }

    /// <summary>Where playback is.</summary>
    public VideoPlaybackState State { get; private set; }

    /// <summary>Why the video failed, when <see cref="State"/> is Failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether time follows a sound device (false: wall clock, silent).</summary>
    public bool HasSound => clock?.IsAudio ?? false;

    /// <summary>Frames shown and dropped and the A/V offsets, since opening.</summary>
    public VideoStats Stats { get; } = new();

    /// <summary>How many times the picture fell too far behind and the video decoder was restarted ahead of the clock.</summary>
    public int CatchUps { get; private set; }

    /// <summary>How many times the video started again at its end.</summary>
    public int Loops { get; private set; }

    /// <summary>Length in seconds.</summary>
    public double Duration => Info.DurationSeconds > 0 ? Info.DurationSeconds : double.PositiveInfinity;

    /// <summary>The current time in seconds.</summary>
    public double Position => State == VideoPlaybackState.Starting || clock is null ? startSeconds : Math.Min(clock.Now, Duration);

    /// <summary>Whether a frame is on screen yet (otherwise the poster shows).</summary>
    public bool HasFrame => current is not null;

    /// <summary>Whether playing (or about to play once started).</summary>
    public bool IsPlaying => wantPlaying && State is VideoPlaybackState.Playing or VideoPlaybackState.Starting;

    /// <summary>Sound off.</summary>
    public bool IsMuted { get; private set; }

    /// <summary>Volume 0..1 (applied by scaling samples).</summary>
    public float Volume => volume;

    private double FrameSeconds => 1 / Info.FramesPerSecond;

    private double MaxStart => double.IsInfinity(Duration) ? double.MaxValue : Math.Max(0, Duration - FrameSeconds);

    /// <summary>Whether a hotspot shows at the current time (its ShowFrom..ShowUntil, when given).</summary>
    public bool IsVisible(Hotspot hotspot)
    {
        ArgumentNullException.ThrowIfNull(hotspot);
        return IsVisibleAt(hotspot, Position);
    }

    /// <summary>Whether a hotspot shows at <paramref name="seconds"/>: from ShowFrom (inclusive) until ShowUntil (exclusive).</summary>
    public static bool IsVisibleAt(Hotspot hotspot, double seconds)
    {
        ArgumentNullException.ThrowIfNull(hotspot);
        return (hotspot.ShowFrom is not { } from || seconds >= from) && (hotspot.ShowUntil is not { } until || seconds < until);
    }

    /// <summary>The caption showing now in <paramref name="language"/> (else in the first language there is), or null.</summary>
    public string? CaptionText(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var track = options.Captions.TryGetValue(language, out var exact) ? exact : options.Captions.Values.FirstOrDefault();
        return track?.TextAt(Position);
    }

    /// <summary>Ends and reaps the decoders.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            StopSession();
            current = null;
        }
    }
}
