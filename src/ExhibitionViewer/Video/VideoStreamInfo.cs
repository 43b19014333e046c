namespace ExhibitionViewer.Video;

/// <summary>What ffprobe says about a video: its frame size and rate, colour coding and whether it has sound.</summary>
/// <param name="Width">Frame width in pixels.</param>
/// <param name="Height">Frame height in pixels.</param>
/// <param name="FramesPerSecond">Frame rate.</param>
/// <param name="DurationSeconds">Duration, 0 when unknown.</param>
/// <param name="Matrix">The YCbCr matrix (BT.709 assumed for HD and larger when the stream does not say).</param>
/// <param name="Range">The sample range (limited unless the stream says full).</param>
/// <param name="HasAudio">Whether there is a sound track.</param>
public sealed record VideoStreamInfo(
    int Width, int Height, double FramesPerSecond, double DurationSeconds, ColourMatrix Matrix, ColourRange Range, bool HasAudio)
{
    /// <summary>Bytes of one yuv420p frame: a full-size Y plane and two half-size chroma planes.</summary>
    public int FrameBytes => Width * Height + 2 * ChromaWidth * ChromaHeight;

    /// <summary>Chroma plane width.</summary>
    public int ChromaWidth => (Width + 1) / 2;

    /// <summary>Chroma plane height.</summary>
    public int ChromaHeight => (Height + 1) / 2;
}
