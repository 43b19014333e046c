using System.Text;
using ContentPacker.Authoring;
using ContentPacker.Media;
using ContentPacker.Media.Panorama;
using Exhibition.Bundle.Model;

namespace ContentPacker.Commands;

/// <summary>The exhibition that <c>quick</c> makes from loose files.</summary>
internal static class QuickExhibition
{
    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".ts",
    };

    public static AuthoredExhibition From(IReadOnlyList<string> files)
    {
        var ids = UniqueIds(files);
        var scenes = new List<AuthoredScene>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = Path.GetFullPath(files[i]);
            var isVideo = VideoExtensions.Contains(Path.GetExtension(file));
            var hotspots = new List<Hotspot>();
            if (i + 1 < files.Count)
                hotspots.Add(Link("next", 15, ids[i + 1], "Next: " + Path.GetFileName(files[i + 1])));
            if (i > 0)
                hotspots.Add(Link("back", -15, ids[i - 1], "Back: " + Path.GetFileName(files[i - 1])));
            scenes.Add(new AuthoredScene(
                ids[i],
                Text(Path.GetFileName(file)),
                isVideo ? null : PanoramaOf(file),
                isVideo ? new AuthoredVideo(file, new Dictionary<string, string>(), Loop: true, Next: null) : null,
                new ViewAngles(0, 0, 100),
                ViewLimits.Full,
                0,
                hotspots));
        }
        return new AuthoredExhibition(
            Folder: Environment.CurrentDirectory,
            Id: "quick-look",
            Version: "0.0.0",
            Languages: ["en"],
            Title: Text("Quick look"),
            FirstScene: ids[0],
            TransitionSeconds: 0.5,
            Scenes: scenes,
            CaseStudies: [],
            Survey: new Survey { Questions = [] },
            Kiosk: new KioskSettings { AttractScenes = ids });
    }

    /// <summary>A 2:1 image is a full sphere; anything else covers as much of it as its shape allows at the same resolution.</summary>
    private static EquirectSource PanoramaOf(string file)
    {
        var info = ImageProbe.Read(file);
        var ratio = (double)info.Width / info.Height;
        if (Math.Abs(info.Width - 2 * info.Height) <= 1)
            return new EquirectSource(file);
        return ratio > 2
            ? new EquirectSource(file, new PanoramaExtent(360, 360 / ratio, 0))
            : new EquirectSource(file, new PanoramaExtent(180 * ratio, 180, 0));
    }

    private static Hotspot Link(string id, double yaw, string target, string label) => new()
    {
        Id = id,
        Kind = HotspotKind.Scene,
        Yaw = yaw,
        Pitch = -20,
        Target = target,
        Label = Text(label),
    };

    private static LocalizedText Text(string english) => new() { ["en"] = english };

    private static List<string> UniqueIds(IReadOnlyList<string> files)
    {
        var ids = new List<string>();
        foreach (var file in files)
        {
            var slug = new StringBuilder();
            foreach (var c in Path.GetFileNameWithoutExtension(file).ToLowerInvariant())
                slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
            var id = slug.ToString().Trim('-');
            id = id.Length == 0 ? "scene" : id;
            var unique = id;
            for (var n = 2; ids.Contains(unique); n++)
                unique = $"{id}-{n}";
            ids.Add(unique);
        }
        return ids;
    }
}
