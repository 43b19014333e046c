namespace ExhibitionViewer.Video;

/// <summary>What one <see cref="TourVideo.Update"/> changed on screen.</summary>
/// <param name="Frame">A new frame to upload, or null.</param>
/// <param name="Entered">A new video scene was entered: forget the last video's picture.</param>
/// <param name="Poster">The new video's poster, decoded, to show until its first frame; or null.</param>
internal readonly record struct VideoUpdate(VideoFrame? Frame, bool Entered, Rendering.DecodedImage? Poster);
