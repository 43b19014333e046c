using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Video;

/// <summary>How a video plays: sound output, what happens at its end, captions, where it starts.</summary>
public sealed record VideoPlaybackOptions
{
    /// <summary>The sound output, or null to play silently with a wall clock.</summary>
    public IAudioOutput? Audio { get; init; }

    /// <summary>Start again at the end.</summary>
    public bool Loop { get; init; }

    /// <summary>When not looping: the scene to go on to at the end, or null to stay on the last frame.</summary>
    public string? NextScene { get; init; }

    /// <summary>Caption tracks by language code.</summary>
    public IReadOnlyDictionary<string, CaptionTrack> Captions { get; init; } = new Dictionary<string, CaptionTrack>();

    /// <summary>Where to start, in seconds.</summary>
    public double StartSeconds { get; init; }

    /// <summary>Start playing as soon as the first frame is ready (otherwise start paused on it).</summary>
    public bool AutoPlay { get; init; } = true;

    /// <summary>Options from a bundle's video entry; caption files are read with <paramref name="readEntry"/>.</summary>
    public static VideoPlaybackOptions FromMedia(VideoMedia media, IAudioOutput? audio, Func<string, byte[]> readEntry)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(readEntry);
        var captions = media.Captions.ToDictionary(
            pair => pair.Key, pair => CaptionTrack.Parse(System.Text.Encoding.UTF8.GetString(readEntry(pair.Value))), StringComparer.Ordinal);
        return new VideoPlaybackOptions { Audio = audio, Loop = media.Loop, NextScene = media.NextScene, Captions = captions };
    }
}
