namespace ExhibitionViewer.Video;

/// <summary>
/// A bounded single-producer, single-consumer queue of decoded frames: the decoder blocks when it is full (so ffmpeg
/// is held back by the pipe), the render thread never blocks.
/// </summary>
internal sealed class FrameQueue(int capacity)
{
    private readonly Queue<VideoFrame> frames = new(capacity);
    private bool completed;

    /// <summary>Frames waiting.</summary>
    public int Count
    {
        get
        {
            lock (frames)
            {
                return frames.Count;
            }
        }
    }

    /// <summary>Whether the producer has finished and every frame was taken.</summary>
    public bool IsDrained
    {
        get
        {
            lock (frames)
            {
                return completed && frames.Count == 0;
            }
        }
    }

    /// <summary>Adds a frame, waiting for room; false if cancelled first.</summary>
    public bool TryAdd(VideoFrame frame, CancellationToken cancel)
    {
        lock (frames)
        {
            while (frames.Count >= capacity)
            {
                if (cancel.IsCancellationRequested)
                {
                    return false;
                }

                Monitor.Wait(frames, 20);
            }

            frames.Enqueue(frame);
            return true;
        }
    }

    /// <summary>The oldest frame without taking it.</summary>
    public bool TryPeek(out VideoFrame frame)
    {
        lock (frames)
        {
            return frames.TryPeek(out frame!);
        }
    }

    /// <summary>Takes the oldest frame.</summary>
    public bool TryTake(out VideoFrame frame)
    {
        lock (frames)
        {
            var taken = frames.TryDequeue(out frame!);
            Monitor.PulseAll(frames);
            return taken;
        }
    }

    /// <summary>Marks the end of the stream.</summary>
    public void Complete()
    {
        lock (frames)
        {
            completed = true;
            Monitor.PulseAll(frames);
        }
    }
}
