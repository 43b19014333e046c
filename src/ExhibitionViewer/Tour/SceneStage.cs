using Exhibition.Bundle.Model;
using ExhibitionViewer.App;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;
using Serilog;

namespace ExhibitionViewer.Touring;

/// <summary>
/// The panorama layers of the tour: the current scene's, the one fading out, and a few preloaded scenes that the
/// current scene's hotspots lead to (preview decoded in the background, then the tiles of their entry view), so a
/// scene change shows its first frame at once. Everything else is disposed. Render thread only.
/// </summary>
public sealed partial class SceneStage : IDisposable
{
    private readonly IRenderer renderer;
    private readonly IExhibitionContent content;
    private readonly long budgetBytes;
    private readonly int workers;
    private readonly Dictionary<string, CubeTileLayer> layers = [];
    private readonly Dictionary<string, Task<DecodedImage[]>> previews = [];
    private readonly HashSet<string> broken = [];
    private readonly ILogger log = Log.ForContext<SceneStage>();
    private int retiredUploads;

    /// <summary>Creates the stage; each scene's tiles get <paramref name="budgetBytes"/> of texture cache.</summary>
    public SceneStage(IRenderer renderer, IExhibitionContent content, long budgetBytes, int workers, int maxPreloaded = 3)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(content);
        this.renderer = renderer;
        this.content = content;
        this.budgetBytes = budgetBytes;
        this.workers = workers;
        MaxPreloaded = maxPreloaded;
    }

    /// <summary>Linked scenes kept loaded at most.</summary>
    public int MaxPreloaded { get; }

    /// <summary>Scenes with a layer open now (current, fading and preloaded).</summary>
    public IReadOnlyCollection<string> OpenScenes => layers.Keys;

    /// <summary>Tile textures uploaded since the stage opened.</summary>
    public int TilesLoaded => retiredUploads + layers.Values.Sum(l => l.TilesUploaded);

    /// <summary>Bytes of tile textures held now.</summary>
    public long TextureBytes => layers.Values.Sum(l => l.Cache.UsedBytes);

    /// <summary>Draws the current scene (over the fading one during a transition); returns its frame, or null if it has no panorama.</summary>
    public LayerFrame? Draw(TourPlayer player)
    {
        ArgumentNullException.ThrowIfNull(player);
        var linked = Maintain(player);
        if (player.Transition is { } fade && Layer(fade.From, create: false) is { } from)
        {
            renderer.SetProjection(fade.FromProjection);
            from.Draw(fade.FromProjection);
            renderer.SetProjection(player.Camera.Projection);
            renderer.SetOpacity((float)fade.Progress);
        }
        else if (player.Transition is { } fromVideo && fromVideo.From.Video is not null)
        {
            // The caller drew the video being left underneath (its last frame): fade in over it, not over black.
            renderer.SetProjection(player.Camera.Projection);
            renderer.SetOpacity((float)fromVideo.Progress);
        }

        var frame = Layer(player.Scene, create: true) is { } layer ? layer.Draw(player.Camera.Projection) : (LayerFrame?)null;
        renderer.SetOpacity(1);
        if (frame is { IsComplete: true })
        {
            Prefetch(player, linked);
        }

        return frame;
    }

    /// <summary>Uses a preview already being decoded (started before the window opened) for <paramref name="sceneId"/>.</summary>
    public void Adopt(string sceneId, Task<DecodedImage[]> preview)
    {
        ArgumentNullException.ThrowIfNull(sceneId);
        ArgumentNullException.ThrowIfNull(preview);
        previews[sceneId] = preview;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var layer in layers.Values)
        {
            layer.Dispose();
        }

        layers.Clear();
    }

    private CubeTileLayer? Layer(Scene scene, bool create)
    {
        if (scene.Panorama is not { } pyramid || broken.Contains(scene.Id))
        {
            return null;
        }

        if (layers.TryGetValue(scene.Id, out var layer) || !create)
        {
            return layer;
        }

        return Open(scene.Id, pyramid, previews.Remove(scene.Id, out var task) ? task : null);
    }

    private CubeTileLayer? Open(string sceneId, CubePyramid pyramid, Task<DecodedImage[]>? preview)
    {
        var source = new EntryTileSource(content, pyramid);
        try
        {
            // The current scene's preview is waited for: a scene never shows black.
            var faces = preview?.GetAwaiter().GetResult() ?? CubeTileLayer.DecodePreview(source);
            var layer = new CubeTileLayer(renderer, source, faces, budgetBytes, workers);
            layers[sceneId] = layer;
            return layer;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            broken.Add(sceneId);
            log.Error(e, "The panorama of scene {Scene} cannot be shown (preview {Preview})", sceneId, pyramid.PreviewPath);
            return null;
        }
    }
}
