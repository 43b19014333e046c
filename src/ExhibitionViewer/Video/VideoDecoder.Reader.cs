namespace ExhibitionViewer.Video;

/// <summary>The background thread that reads frames from ffmpeg's stdout.</summary>
public sealed partial class VideoDecoder
{
    private long decoded;

    private void ReadFrames()
    {
        try
        {
            ReadFramesCore();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The pipe closed under us: Dispose killed ffmpeg.
        }
        finally
        {
            queue.Complete();
        }
    }

    private void ReadFramesCore()
    {
        var output = child.Output;
        var size = Info.FrameBytes;
        while (!cancel.IsCancellationRequested)
        {
            var buffer = pool.Rent();
            if (output.ReadAtLeast(buffer, size, throwOnEndOfStream: false) < size)
            {
                pool.Return(buffer);
                break;
            }

            var index = Interlocked.Read(ref decoded);
            var frame = new VideoFrame(buffer, Info, index, StartSeconds + index / Info.FramesPerSecond);
            if (!queue.TryAdd(frame, cancel.Token))
            {
                pool.Return(buffer);
                return;
            }

            Interlocked.Increment(ref decoded);
        }

        if (!cancel.IsCancellationRequested && child.TryWaitForExit(TimeSpan.FromSeconds(10), out var exit) && exit != 0)
        {
            Error = $"ffmpeg stopped with code {exit}: {child.ErrorText}";
        }
    }
}
