namespace ExhibitionViewer.Video;

/// <summary>
/// One decoded yuv420p frame in a pooled buffer: the Y plane, then U, then V, rows top to bottom. Valid until the
/// playback moves on to another frame; do not keep it.
/// </summary>
public sealed class VideoFrame
{
    internal VideoFrame(byte[] buffer, VideoStreamInfo info, long index, double pts)
    {
        Buffer = buffer;
        Info = info;
        Index = index;
        Pts = pts;
    }

    /// <summary>The frame's stream.</summary>
    public VideoStreamInfo Info { get; }

    /// <summary>The frame's number counted from the decoder's start point.</summary>
    public long Index { get; }

    /// <summary>Presentation time in seconds from the start of the video.</summary>
    public double Pts { get; }

    internal byte[] Buffer { get; }

    /// <summary>The luma plane, <c>Width × Height</c> bytes.</summary>
    public ReadOnlySpan<byte> Y => Buffer.AsSpan(0, Info.Width * Info.Height);

    /// <summary>The Cb plane, <c>ChromaWidth × ChromaHeight</c> bytes.</summary>
    public ReadOnlySpan<byte> U => Buffer.AsSpan(Info.Width * Info.Height, Info.ChromaWidth * Info.ChromaHeight);

    /// <summary>The Cr plane, <c>ChromaWidth × ChromaHeight</c> bytes.</summary>
    public ReadOnlySpan<byte> V => Buffer.AsSpan(Info.Width * Info.Height + Info.ChromaWidth * Info.ChromaHeight, Info.ChromaWidth * Info.ChromaHeight);
}
