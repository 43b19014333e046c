using System.Globalization;

namespace ExhibitionViewer.Video;

/// <summary>
/// Decodes a video's frames with an ffmpeg child from a start time, reading raw yuv420p planes from its stdout on a
/// background thread into a bounded queue of pooled buffers. Disposing kills and reaps ffmpeg and joins the thread.
/// </summary>
public sealed partial class VideoDecoder : IDisposable
{
    /// <summary>Frames read ahead at most.</summary>
    public const int DefaultCapacity = 8;

    private readonly FfmpegProcess child;
    private readonly FrameQueue queue;
    private readonly FramePool pool;
    private readonly CancellationTokenSource cancel = new();
    private readonly Thread reader;
    private bool disposed;

    /// <summary>Starts ffmpeg at <paramref name="startSeconds"/> and the reader thread.</summary>
    /// <param name="tools">ffmpeg.</param>
    /// <param name="source">The video.</param>
    /// <param name="info">Its stream, as probed.</param>
    /// <param name="startSeconds">Where to start.</param>
    /// <param name="capacity">Frames read ahead at most.</param>
    /// <param name="pool">Buffers to share with other decoders of the same stream; a private pool when null.</param>
    public VideoDecoder(FfmpegTools tools, VideoSource source, VideoStreamInfo info, double startSeconds, int capacity = DefaultCapacity,
        FramePool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentOutOfRangeException.ThrowIfNegative(startSeconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Info = info;
        StartSeconds = startSeconds;
        queue = new FrameQueue(capacity);
        this.pool = pool is not null && pool.FrameBytes == info.FrameBytes ? pool : new FramePool(info.FrameBytes, capacity + 2);
        child = FfmpegProcess.Start(tools.Ffmpeg, Arguments(source, info, startSeconds));
        reader = new Thread(ReadFrames) { IsBackground = true, Name = "video-decoder" };
        reader.Start();
    }

    /// <summary>The stream decoded.</summary>
    public VideoStreamInfo Info { get; }

    /// <summary>Where decoding started, in seconds.</summary>
    public double StartSeconds { get; }

    /// <summary>Frames read from ffmpeg so far.</summary>
    public long FramesDecoded => Interlocked.Read(ref decoded);

    /// <summary>Frames waiting in the queue.</summary>
    public int Queued => queue.Count;

    /// <summary>Whether ffmpeg has finished and every frame was taken.</summary>
    public bool IsFinished => queue.IsDrained;

    /// <summary>Why decoding failed, when ffmpeg exited with an error; null otherwise.</summary>
    public string? Error { get; private set; }

    /// <summary>The ffmpeg child's process id (for diagnostics and tests).</summary>
    public int ProcessId => child.Id;

    /// <summary>The oldest decoded frame, not taken.</summary>
    public bool TryPeek(out VideoFrame frame) => queue.TryPeek(out frame);

    /// <summary>Takes the oldest decoded frame; hand it back with <see cref="Recycle"/> when done with it.</summary>
    public bool TryTake(out VideoFrame frame) => queue.TryTake(out frame);

    /// <summary>Returns a taken frame's buffer to the pool.</summary>
    public void Recycle(VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        pool.Return(frame.Buffer);
    }

    /// <summary>Stops the reader, kills and reaps ffmpeg.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        cancel.Cancel();
        // Killing closes the pipe, so a read in progress returns; the cancelled token frees a blocked TryAdd.
        child.Dispose();
        reader.Join();
        cancel.Dispose();
        // Frames still queued go back to the (possibly shared) pool; the reader has stopped, so nothing races.
        while (queue.TryTake(out var left))
        {
            pool.Return(left.Buffer);
        }
    }

    private static string[] Arguments(VideoSource source, VideoStreamInfo info, double start) =>
    [
        "-hide_banner", "-nostdin", "-loglevel", "error",
        "-ss", start.ToString("0.######", CultureInfo.InvariantCulture), "-i", source.Url,
        "-map", "0:v:0", "-an", "-sn",
        // Same layout either way; yuvj420p keeps a full-range stream's samples as they are instead of squeezing them.
        "-f", "rawvideo", "-pix_fmt", info.Range == ColourRange.Full ? "yuvj420p" : "yuv420p", "pipe:1",
    ];
}
