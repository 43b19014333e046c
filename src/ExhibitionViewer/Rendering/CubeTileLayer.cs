using Exhibition.Bundle.Model;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;
using Serilog;

namespace ExhibitionViewer.Rendering;

/// <summary>
/// Draws a cube-map panorama: the pinned preview first, then every resident tile from the coarsest level up to the
/// level the view needs, so coarser tiles stand in until finer ones arrive. Asks the loader for the missing tiles of
/// the needed level, nearest the view centre first, and uploads at most <see cref="UploadsPerFrame"/> a frame, within
/// <see cref="UploadBudget"/>.
/// </summary>
public sealed partial class CubeTileLayer : IDisposable
{
    private readonly IRenderer renderer;
    private readonly ITileSource source;
    private readonly TileLoader loader;
    private readonly TextureCache cache;
    private readonly IGpuTexture[] preview;
    private readonly HashSet<TileKey> failed = [];
    private readonly ILogger log = Log.ForContext<CubeTileLayer>();

    /// <summary>Decodes and uploads the preview (synchronously: a scene never shows black) and starts the loader.</summary>
    public CubeTileLayer(IRenderer renderer, ITileSource source, long cacheBudgetBytes, int workerCount)
        : this(renderer, source, DecodePreview(source), cacheBudgetBytes, workerCount)
    {
    }

    /// <summary>Uploads an already decoded preview (decoded off the render thread, e.g. while preloading) and starts the loader.</summary>
    public CubeTileLayer(IRenderer renderer, ITileSource source, IReadOnlyList<DecodedImage> previewFaces, long cacheBudgetBytes, int workerCount)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(previewFaces);
        this.renderer = renderer;
        this.source = source;
        preview = [.. previewFaces.Select(renderer.CreateTexture)];
        cache = new TextureCache(cacheBudgetBytes);
        loader = new TileLoader(source, workerCount);
    }

    /// <summary>Textures uploaded per frame at most, so a burst of decoded tiles never stalls a frame.</summary>
    public int UploadsPerFrame { get; init; } = 16;

    /// <summary>
    /// Render-thread time a frame may spend uploading (at least one tile is always uploaded). A reused texture takes
    /// about 0.1 ms a tile, a new one about 4 ms on llvmpipe, so the count alone cannot bound the frame.
    /// </summary>
    public TimeSpan UploadBudget { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The tile texture cache (for diagnostics and tests).</summary>
    public TextureCache Cache => cache;

    /// <summary>The pyramid drawn.</summary>
    public CubePyramid Pyramid => source.Pyramid;

    /// <summary>
    /// Reads and decodes a pyramid's preview strip into its six faces in <see cref="CubeFace"/> order, each with its
    /// mipmaps (made here rather than by the driver: llvmpipe's first mipmap generation costs about 100 ms); safe on
    /// any thread.
    /// </summary>
    public static DecodedImage[] DecodePreview(ITileSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var strip = ImageDecoder.Decode(source.ReadPreview());
        var size = source.Pyramid.PreviewFaceSize;
        if (strip.Width < size * 6 || strip.Height < size)
        {
            throw new InvalidDataException($"preview strip is {strip.Width}x{strip.Height}, expected {size * 6}x{size}");
        }

        return [.. Enum.GetValues<CubeFace>().Select(face => strip.Crop((int)face * size, 0, size, size, withMips: true))];
    }

    /// <summary>Tile textures uploaded since the layer opened.</summary>
    public int TilesUploaded { get; private set; }

    /// <inheritdoc />
    public void Dispose()
    {
        loader.Dispose();
        cache.Dispose();
        foreach (var texture in preview)
        {
            texture.Dispose();
        }
    }
}
