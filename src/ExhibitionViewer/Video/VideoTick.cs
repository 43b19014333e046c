namespace ExhibitionViewer.Video;

/// <summary>What one <see cref="VideoPlayback.Update"/> produced.</summary>
/// <param name="Frame">A frame to upload and show from now on, or null to keep the current one.</param>
/// <param name="Looped">The video reached its end and started again.</param>
/// <param name="Ended">The video reached its end and stopped (it does not loop).</param>
/// <param name="NextScene">When <paramref name="Ended"/>: the scene to go on to, or null to stay on the last frame.</param>
public readonly record struct VideoTick(VideoFrame? Frame, bool Looped = false, bool Ended = false, string? NextScene = null);
