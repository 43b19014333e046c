namespace ContentPacker.Authoring;

/// <summary>The source of a video scene.</summary>
/// <param name="File">Absolute path of the video file.</param>
/// <param name="CaptionFiles">Absolute path of a WebVTT file per language code (possibly none).</param>
/// <param name="Loop">Whether the video starts again when it ends.</param>
/// <param name="Next">The scene to go on to when it ends, or null.</param>
public sealed record AuthoredVideo(string File, IReadOnlyDictionary<string, string> CaptionFiles, bool Loop, string? Next);
