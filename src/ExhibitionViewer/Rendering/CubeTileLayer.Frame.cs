using System.Diagnostics;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Tiles;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Rendering;

/// <summary>Per-frame work: uploads, requests and drawing.</summary>
public sealed partial class CubeTileLayer
{
    /// <summary>Uploads finished tiles, requests missing ones and draws the view; returns what this frame showed.</summary>
    public LayerFrame Draw(ViewProjection projection)
    {
        cache.BeginFrame();
        var uploaded = UploadFinished();
        var level = TileSelector.LevelFor(projection, Pyramid);
        var visible = TileSelector.VisibleTiles(projection, Pyramid, level);
        var absent = visible.Where(k => !cache.Contains(k)).ToList();
        var missing = absent.Where(k => !failed.Contains(k)).ToList();
        loader.Want(missing);
        DrawCore(projection, level, visible, absent);
        return new LayerFrame(level, visible.Count, missing.Count, uploaded);
    }

    /// <summary>
    /// Loads, without drawing, the tiles <paramref name="projection"/> will need (a linked scene's entry view), uploading
    /// at most <paramref name="maxUploads"/> this frame, <paramref name="coarserLevels"/> levels coarser than the view
    /// needs; returns whether they are all resident.
    /// </summary>
    public bool Prefetch(ViewProjection projection, int maxUploads, int coarserLevels = 0)
    {
        cache.BeginFrame();
        UploadFinished(maxUploads);
        var level = Math.Max(0, TileSelector.LevelFor(projection, Pyramid) - Math.Max(0, coarserLevels));
        var visible = TileSelector.VisibleTiles(projection, Pyramid, level);
        var missing = visible.Where(k => cache.TryGet(k) is null && !failed.Contains(k)).ToList();
        loader.Want(missing);
        return missing.Count == 0;
    }

    private int UploadFinished() => UploadFinished(UploadsPerFrame);

    private int UploadFinished(int maxUploads)
    {
        var uploaded = 0;
        var started = Stopwatch.GetTimestamp();
        while (uploaded < maxUploads && (uploaded == 0 || Stopwatch.GetElapsedTime(started) < UploadBudget) && loader.TryTake(out var tile))
        {
            if (tile.Image is null)
            {
                // A bad tile is logged once and never retried; coarser levels and the preview keep covering it.
                failed.Add(tile.Key);
                log.Warning(tile.Error, "Tile {Tile} could not be loaded", tile.Key);
                continue;
            }

            var texture = renderer.CreateTexture(tile.Image);
            ImageDecoder.Return(tile.Image);
            if (!cache.Add(tile.Key, texture))
            {
                log.Warning("Texture cache budget {Budget} bytes is too small for the view; tile {Tile} dropped", cache.BudgetBytes, tile.Key);
            }

            uploaded++;
            TilesUploaded++;
        }

        return uploaded;
    }

    private void DrawCore(ViewProjection projection, int level, IReadOnlyList<TileKey> visible, List<TileKey> absent)
    {
        Span<Vec3> corners = stackalloc Vec3[4];
        if (absent.Count > 0)
        {
            // A complete view, the usual one, needs no stand-ins and skips clipping every coarser level.
            DrawStandIns(projection, level, absent, corners);
        }

        foreach (var key in visible)
        {
            if (cache.TryGet(key) is { } texture)
            {
                TileQuad.Corners(Pyramid, key, corners);
                renderer.DrawQuad(texture, corners);
            }
        }
    }

    private void DrawStandIns(ViewProjection projection, int level, List<TileKey> absent, Span<Vec3> corners)
    {
        var frustum = new ViewFrustum(projection);
        foreach (var face in Enum.GetValues<CubeFace>())
        {
            var whole = new TileKey(-1, face, 0, 0);
            if (CoversAbsent(whole, absent))
            {
                corners[0] = CubeGeometry.FacePoint(face, 0, 0);
                corners[1] = CubeGeometry.FacePoint(face, 1, 0);
                corners[2] = CubeGeometry.FacePoint(face, 1, 1);
                corners[3] = CubeGeometry.FacePoint(face, 0, 1);
                if (frustum.Intersects(corners))
                {
                    renderer.DrawQuad(preview[(int)face], corners);
                }
            }
        }

        for (var l = 0; l < level; l++)
        {
            foreach (var key in TileSelector.VisibleTiles(projection, Pyramid, l))
            {
                if (CoversAbsent(key, absent) && cache.TryGet(key) is { } texture)
                {
                    TileQuad.Corners(Pyramid, key, corners);
                    renderer.DrawQuad(texture, corners);
                }
            }
        }
    }

    // A stand-in (preview face or coarser tile) is drawn only under a needed tile that is not resident (not loaded
    // yet, or failed), so a complete view costs one layer of overdraw and a bad tile never leaves a hole.
    private bool CoversAbsent(TileKey standIn, List<TileKey> absent)
    {
        var (s0, t0, s1, t1) = standIn.Level < 0 ? (0.0, 0.0, 1.0, 1.0) : TileQuad.FaceRect(Pyramid, standIn);
        foreach (var key in absent)
        {
            if (key.Face != standIn.Face)
            {
                continue;
            }

            var (ms0, mt0, ms1, mt1) = TileQuad.FaceRect(Pyramid, key);
            if (ms0 < s1 && s0 < ms1 && mt0 < t1 && t0 < mt1)
            {
                return true;
            }
        }

        return false;
    }
}
