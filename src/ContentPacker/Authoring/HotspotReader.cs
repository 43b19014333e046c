using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>Reads a scene's <c>hotspots</c>.</summary>
internal static class HotspotReader
{
    private static readonly string[] Keys = ["id", "yaw", "pitch", "scene", "case_study", "video", "link", "view", "label", "from", "until"];
    private static readonly string[] Actions = ["scene", "case_study", "video", "link"];

    public static IReadOnlyList<Hotspot> ReadAll(MapReader scene, bool inVideoScene)
    {
        var duplicates = new DuplicateIds(scene.Context.Problems, "hotspot");
        var hotspots = new List<Hotspot>();
        foreach (var (node, field) in scene.Items("hotspots") ?? [])
        {
            if (MapReader.Open(node, scene.Context, scene.File, field, Keys) is { } map)
            {
                hotspots.Add(Read(map, duplicates, inVideoScene));
            }
        }

        return hotspots;
    }

    private static Hotspot Read(MapReader map, DuplicateIds duplicates, bool inVideoScene)
    {
        var id = map.Id();
        duplicates.Add(id, map.Spot, map.Field("id"));
        var yaw = ViewReader.Yaw(map, "yaw", required: true) ?? 0;
        var pitch = map.Number("pitch", -90, 90, required: true) ?? 0;
        var label = map.Text("label", required: true) ?? new LocalizedText();
        var actions = Actions.Where(map.Has).ToList();
        if (actions.Count == 0)
        {
            map.Context.Problems.Add(map.Spot, map.Path, "a hotspot needs one of scene, case_study, video or link to say what it does.");
        }
        else if (actions.Count > 1)
        {
            map.Report(actions[1], $"a hotspot does one thing: it has {string.Join(" and ", actions)}; keep one.");
        }

        var kind = actions.Count > 0 ? KindOf(actions[0]) : HotspotKind.Scene;
        var target = kind switch
        {
            HotspotKind.Scene => map.Reference("scene", ReferenceKind.PanoramaScene),
            HotspotKind.Video => map.Reference("video", ReferenceKind.VideoScene),
            HotspotKind.CaseStudy => map.Reference("case_study", ReferenceKind.CaseStudy),
            _ => null,
        };
        var url = kind == HotspotKind.Link ? map.Url("link") : null;
        var view = ViewReader.ReadView(map, "view");
        if (view is not null && kind is not (HotspotKind.Scene or HotspotKind.Video))
        {
            map.Report("view", "'view' is only for hotspots that go to a scene or video.");
        }

        var (from, until) = ReadTimes(map, inVideoScene);
        return new Hotspot
        {
            Id = id ?? "", Kind = kind, Yaw = yaw, Pitch = pitch, Label = label, Target = target,
            TargetView = view, Url = url, ShowFrom = from, ShowUntil = until,
        };
    }

    private static (double? From, double? Until) ReadTimes(MapReader map, bool inVideoScene)
    {
        if (!inVideoScene)
        {
            foreach (var key in new[] { "from", "until" }.Where(map.Has))
            {
                map.Report(key, $"'{key}' is only for hotspots in video scenes.");
            }

            return (null, null);
        }

        var from = map.Number("from", 0, double.MaxValue);
        var until = map.Number("until", 0, double.MaxValue);
        if (from is { } f && until is { } u && f >= u)
        {
            map.Report("until", $"must be later than from ({MapReader.Format(f)} s); it is {MapReader.Format(u)} s.");
        }

        return (from, until);
    }

    private static HotspotKind KindOf(string action) => action switch
    {
        "case_study" => HotspotKind.CaseStudy,
        "video" => HotspotKind.Video,
        "link" => HotspotKind.Link,
        _ => HotspotKind.Scene,
    };
}
