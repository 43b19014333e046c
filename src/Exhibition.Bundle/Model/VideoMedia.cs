namespace Exhibition.Bundle.Model;

/// <summary>A mono equirectangular 360° video stored in the bundle in a kiosk-safe profile (H.264, yuv420p, AAC, moov first).</summary>
public sealed record VideoMedia
{
    /// <summary>Entry path of the MP4.</summary>
    public required string Path { get; init; }

    /// <summary>Frame width in pixels.</summary>
    public required int Width { get; init; }

    /// <summary>Frame height in pixels.</summary>
    public required int Height { get; init; }

    /// <summary>Duration in seconds.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Frames per second.</summary>
    public required double FramesPerSecond { get; init; }

    /// <summary>Whether the file has a sound track.</summary>
    public bool HasAudio { get; init; }

    /// <summary>Entry path of a JPEG poster frame, shown while the video starts.</summary>
    public required string PosterPath { get; init; }

    /// <summary>Entry path of a WebVTT caption file per language.</summary>
    public IReadOnlyDictionary<string, string> Captions { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the video starts again when it ends.</summary>
    public bool Loop { get; init; }

    /// <summary>The scene to go on to when the video ends, if it does not loop; null to stay on the last frame.</summary>
    public string? NextScene { get; init; }
}
