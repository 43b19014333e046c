using Exhibition.Bundle.Model;
using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

/// <summary>Reads <c>scenes</c>.</summary>
internal static class SceneReader
{
    private static readonly string[] Keys = ["id", "title", "panorama", "cube", "video", "view", "limits", "north_offset", "hotspots"];
    private static readonly string[] Sources = ["panorama", "cube", "video"];

    public static IReadOnlyList<AuthoredScene> ReadAll(MapReader root)
    {
        var items = root.Items("scenes", required: true);
        if (items is { Count: 0 })
        {
            root.Report("scenes", "needs at least one scene.");
        }

        var duplicates = new DuplicateIds(root.Context.Problems, "scene");
        var scenes = new List<AuthoredScene>();
        foreach (var (node, field) in items ?? [])
        {
            if (MapReader.Open(node, root.Context, root.File, field, Keys) is { } map)
            {
                scenes.Add(Read(map, duplicates));
            }
        }

        return scenes;
    }

    private static AuthoredScene Read(MapReader map, DuplicateIds duplicates)
    {
        var id = map.Id();
        duplicates.Add(id, map.Spot, map.Field("id"));
        var title = map.Text("title", required: true);
        var sources = Sources.Where(map.Has).ToList();
        if (sources.Count == 0)
        {
            map.Context.Problems.Add(map.Spot, map.Path, "a scene needs one of panorama, cube or video.");
        }
        else if (sources.Count > 1)
        {
            map.Report(sources[1], $"a scene has exactly one of panorama, cube or video; this one has {string.Join(" and ", sources)}.");
        }

        var isVideo = sources is ["video"];
        if (id is not null)
        {
            map.Context.SceneKinds.TryAdd(id, isVideo);
        }

        var panorama = map.Has("panorama") ? PanoramaReader.ReadEquirect(map) : map.Has("cube") ? PanoramaReader.ReadCube(map) : null;
        var video = map.Has("video") ? VideoReader.Read(map) : null;
        var view = ViewReader.ReadView(map, "view") ?? new ViewAngles(0, 0, 100);
        var limits = ViewReader.ReadLimits(map) ?? ViewLimits.Full;
        ViewReader.CheckViewWithinLimits(map, view, limits);
        var northOffset = map.Number("north_offset", -360, 360) ?? 0;
        var hotspots = HotspotReader.ReadAll(map, isVideo);
        return new AuthoredScene(id ?? "", title ?? new LocalizedText(), panorama, video, view, limits, northOffset, hotspots);
    }
}
