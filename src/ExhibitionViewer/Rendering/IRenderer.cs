using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// What layers draw with. The GL implementation draws; <see cref="NullRenderer"/> only counts, so loading, caching and
/// tile selection are tested without pixels. All calls are on the render thread.
/// </summary>
public interface IRenderer : IDisposable
{
    /// <summary>Starts a frame for <paramref name="projection"/>: sets the viewport to its size and clears.</summary>
    void BeginFrame(ViewProjection projection);

    /// <summary>Uploads an image as a mipmapped, edge-clamped texture.</summary>
    IGpuTexture CreateTexture(DecodedImage image);

    /// <summary>Draws <paramref name="texture"/> stretched over a planar quad (corners TL, TR, BR, BL in viewer space).</summary>
    void DrawQuad(IGpuTexture texture, ReadOnlySpan<Vec3> corners);

    /// <summary>Switches to another view mid-frame without clearing (the fading scene and the new one differ).</summary>
    void SetProjection(ViewProjection projection);

    /// <summary>Sets the opacity (0..1) of the quads drawn from now on in this frame; below 1 they blend over what is there.</summary>
    void SetOpacity(float opacity);

    /// <summary>Finishes the frame's drawing (does not swap).</summary>
    void EndFrame();
}
