using ExhibitionViewer.Rendering;

namespace ExhibitionViewer.Video;

/// <summary>A video scene ready to show: its playback (ffmpeg started) and its poster, decoded.</summary>
/// <param name="Playback">The playback, starting.</param>
/// <param name="Poster">The poster frame, or null when it could not be read (black until the first frame).</param>
/// <param name="Verified">Completes once the video's bytes match the bundle's manifest; fails when they do not.</param>
internal sealed record OpenedVideo(VideoPlayback Playback, DecodedImage? Poster, Task Verified);
