namespace ExhibitionViewer.Video;

/// <summary>The media time the video follows: the sound being heard, or wall time when there is no sound.</summary>
internal interface IPlaybackClock : IDisposable
{
    /// <summary>Media time now, in seconds; never goes backwards while running.</summary>
    double Now { get; }

    /// <summary>Whether this clock follows a sound device.</summary>
    bool IsAudio { get; }

    /// <summary>Whether it can start without an immediate underrun.</summary>
    bool IsReady { get; }

    /// <summary>Starts or pauses the clock (and the sound).</summary>
    void Run(bool running);
}
