using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Rendering;

/// <summary>A renderer that draws nothing and counts what it was asked to do.</summary>
public sealed class NullRenderer : IRenderer
{
    /// <summary>Textures created and not yet disposed.</summary>
    public int LiveTextures { get; private set; }

    /// <summary>Quads drawn in the last frame.</summary>
    public int QuadsLastFrame { get; private set; }

    private int quadsThisFrame;

    /// <inheritdoc />
    public void BeginFrame(ViewProjection projection)
    {
        quadsThisFrame = 0;
        translucentThisFrame = 0;
        Opacity = 1;
    }

    /// <inheritdoc />
    public IGpuTexture CreateTexture(DecodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        LiveTextures++;
        return new NullTexture(() => LiveTextures--, image.Width * (long)image.Height * 4 * 4 / 3);
    }

    /// <inheritdoc />
    public void DrawQuad(IGpuTexture texture, ReadOnlySpan<Vec3> corners)
    {
        quadsThisFrame++;
        translucentThisFrame += Opacity < 1 ? 1 : 0;
    }

    /// <summary>The opacity last set.</summary>
    public float Opacity { get; private set; } = 1;

    /// <summary>Quads drawn in the last frame with an opacity below 1.</summary>
    public int TranslucentQuadsLastFrame { get; private set; }

    private int translucentThisFrame;

    /// <inheritdoc />
    public void SetProjection(ViewProjection projection) { }

    /// <inheritdoc />
    public void SetOpacity(float opacity) => Opacity = Math.Clamp(opacity, 0, 1);

    /// <inheritdoc />
    public void EndFrame()
    {
        QuadsLastFrame = quadsThisFrame;
        TranslucentQuadsLastFrame = translucentThisFrame;
    }

    /// <inheritdoc />
    public void Dispose() { }
}
