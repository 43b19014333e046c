using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// Keeps the render thread at most one frame ahead of the GPU (on llvmpipe, its rasterising threads). Left free, it
/// queues frames faster than they are drawn, and the first texture upload that touches a queued frame's texture
/// then waits for the whole queue: a 100 ms frame at a random moment. Waiting for the previous frame before starting
/// the next makes frame times honest and even.
/// </summary>
public sealed class FrameThrottle(GL gl) : IDisposable
{
    private static readonly ulong Timeout = (ulong)TimeSpan.FromSeconds(1).TotalNanoseconds;
    private nint previous;

    /// <summary>Waits until the frame before has been drawn.</summary>
    public void WaitForPreviousFrame()
    {
        if (previous != 0)
        {
            // Bit is SYNC_FLUSH_COMMANDS_BIT in these bindings.
            gl.ClientWaitSync(previous, SyncObjectMask.Bit, Timeout);
            gl.DeleteSync(previous);
            previous = 0;
        }
    }

    /// <summary>Marks the end of this frame's commands.</summary>
    public void EndFrame() => previous = gl.FenceSync(SyncCondition.SyncGpuCommandsComplete, SyncBehaviorFlags.None);

    /// <inheritdoc />
    public void Dispose()
    {
        if (previous != 0)
        {
            gl.DeleteSync(previous);
            previous = 0;
        }
    }
}
