using Exhibition.Bundle.Model;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Touring;

/// <summary>Choosing, preloading and releasing the layers of linked scenes.</summary>
public sealed partial class SceneStage
{
    /// <summary>Tiles a preloaded scene may upload per frame, so preloading never costs the visible scene a frame.</summary>
    public const int PrefetchUploadsPerFrame = 1;

    /// <summary>
    /// Preloaded scenes load their entry view this many levels coarser than it needs: a quarter of the tiles (and
    /// memory) per level, sharp enough for the first frames while the full detail follows.
    /// </summary>
    public const int PrefetchCoarserLevels = 1;

    /// <summary>Texture bytes a preloaded scene may keep (a scene left behind but still linked is trimmed to this).</summary>
    public const long PreloadBudgetBytes = 32L << 20;

    private int prefetchTurn;

    /// <summary>The linked scenes to preload and the view each is entered with, in hotspot order.</summary>
    public static IReadOnlyList<(Scene Scene, ViewAngles View)> LinkedScenes(TourPlayer player, int max)
    {
        ArgumentNullException.ThrowIfNull(player);
        return [.. player.Scene.Hotspots
            .Where(h => h.Kind is HotspotKind.Scene && h.Target is not null)
            .Select(h => (Scene: player.Tour.FindScene(h.Target!), h.TargetView))
            .Where(t => t.Scene?.Panorama is not null && t.Scene.Id != player.Scene.Id)
            .DistinctBy(t => t.Scene!.Id)
            .Take(max)
            .Select(t => (t.Scene!, t.TargetView ?? t.Scene!.InitialView))];
    }

    // Releases what the current scene no longer needs and starts previews of its linked scenes; returns them.
    private IReadOnlyList<(Scene Scene, ViewAngles View)> Maintain(TourPlayer player)
    {
        var linked = LinkedScenes(player, MaxPreloaded);
        var keep = linked.Select(l => l.Scene.Id).Append(player.Scene.Id).ToHashSet();
        if (player.Transition is { } fade)
        {
            keep.Add(fade.From.Id);
        }

        foreach (var id in layers.Keys.Where(id => !keep.Contains(id)).ToList())
        {
            retiredUploads += layers[id].TilesUploaded;
            layers[id].Dispose();
            layers.Remove(id);
        }

        foreach (var id in previews.Keys.Where(id => !keep.Contains(id)).ToList())
        {
            previews.Remove(id);
        }

        foreach (var (id, layer) in layers)
        {
            if (id != player.Scene.Id && id != player.Transition?.From.Id)
            {
                layer.Cache.TrimTo(PreloadBudgetBytes);
            }
        }

        StartPreviews(linked);
        return linked;
    }

    private void StartPreviews(IReadOnlyList<(Scene Scene, ViewAngles View)> linked)
    {
        var opened = false;
        foreach (var (scene, _) in linked)
        {
            if (layers.ContainsKey(scene.Id) || broken.Contains(scene.Id))
            {
                continue;
            }

            if (!previews.TryGetValue(scene.Id, out var task))
            {
                var source = new EntryTileSource(content, scene.Panorama!);
                previews[scene.Id] = Task.Run(() => CubeTileLayer.DecodePreview(source));
            }
            else if (task.IsCompleted && !opened)
            {
                // One preview upload a frame at most: six small textures.
                previews.Remove(scene.Id);
                Open(scene.Id, scene.Panorama!, task);
                opened = true;
            }
        }
    }

    // One linked scene a frame, in turn, and only once the visible scene is complete.
    private void Prefetch(TourPlayer player, IReadOnlyList<(Scene Scene, ViewAngles View)> linked)
    {
        var ready = linked.Where(l => layers.ContainsKey(l.Scene.Id)).ToList();
        if (ready.Count == 0)
        {
            return;
        }

        var (scene, view) = ready[prefetchTurn++ % ready.Count];
        var size = player.Camera.Projection;
        var camera = TourPlayer.CameraFor(scene, view, size.Width, size.Height);
        layers[scene.Id].Prefetch(camera.Projection, PrefetchUploadsPerFrame, PrefetchCoarserLevels);
    }
}
