using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using Exhibition.Bundle.Signing;

namespace ExhibitionViewer.Tests.Support;

/// <summary>
/// A small real tour: "hall" and "workshop" panoramas (the synthetic equirect, one 512-px level) linked by hotspots,
/// a case study, a link and a video scene. Written as a bundle with the real writer, or as an in-memory content.
/// </summary>
internal static class TourBundle
{
    public const string CaseStudyBody = "# Building wings\n\nPriya lays up carbon fibre.";

    /// <summary>The view the hall hotspot enters the workshop with.</summary>
    public static readonly ViewAngles WorkshopEntry = new(-90, 0, 90);

    private static readonly Lazy<MemoryTileSource> Tiles = new(() =>
        CubePyramidGenerator.Create(new EquirectImage(SyntheticEquirect.Create(1024)), faceSize: 512, previewFaceSize: 64));

    public static Dictionary<string, byte[]> Entries(out Tour tour, double transitionSeconds = 0.3)
    {
        var entries = new Dictionary<string, byte[]>();
        var hall = Pyramid("hall", entries);
        var workshop = Pyramid("workshop", entries);
        entries["case-studies/aerospace/en.md"] = System.Text.Encoding.UTF8.GetBytes(CaseStudyBody);
        entries["case-studies/aerospace/cy.md"] = System.Text.Encoding.UTF8.GetBytes("# Adeiladu adenydd");
        entries["scenes/film/film.mp4"] = [0, 0, 0, 24];
        entries["scenes/film/poster.jpg"] = Tiles.Value.Entries[Tiles.Value.Pyramid.PreviewPath];
        tour = Create(hall, workshop, transitionSeconds);
        entries[TourJson.EntryPath] = TourJson.Serialize(tour);
        return entries;
    }

    public static void Write(string bundlePath, SigningKey? key = null)
    {
        using var writer = new BundleWriter(bundlePath);
        foreach (var (path, bytes) in Entries(out _))
        {
            writer.AddEntry(path, bytes);
        }

        writer.Commit("test-tour", "1.0.0", key);
    }

    private static CubePyramid Pyramid(string scene, Dictionary<string, byte[]> entries)
    {
        var source = Tiles.Value;
        foreach (var (path, bytes) in source.Entries)
        {
            entries[path.Replace("scenes/test/", $"scenes/{scene}/", StringComparison.Ordinal)] = bytes;
        }

        return source.Pyramid with
        {
            TilePathTemplate = source.Pyramid.TilePathTemplate.Replace("scenes/test/", $"scenes/{scene}/", StringComparison.Ordinal),
            PreviewPath = source.Pyramid.PreviewPath.Replace("scenes/test/", $"scenes/{scene}/", StringComparison.Ordinal),
        };
    }

    private static LocalizedText Text(string en, string? cy = null) => new() { ["en"] = en, ["cy"] = cy ?? en + " (cy)" };

    private static Tour Create(CubePyramid hall, CubePyramid workshop, double transitionSeconds) => new()
    {
        Id = "test-tour",
        Version = "1.0.0",
        Title = Text("Test tour"),
        Languages = ["en", "cy"],
        FirstScene = "hall",
        TransitionSeconds = transitionSeconds,
        Scenes =
        [
            new Scene
            {
                Id = "hall", Title = Text("Hall"), InitialView = new ViewAngles(0, 0, 90), Panorama = hall,
                Hotspots =
                [
                    new Hotspot { Id = "story", Kind = HotspotKind.CaseStudy, Yaw = -30, Pitch = 0, Label = Text("Meet Priya"), Target = "aerospace" },
                    new Hotspot { Id = "to-workshop", Kind = HotspotKind.Scene, Yaw = 30, Pitch = 0, Label = Text("Workshop"), Target = "workshop", TargetView = WorkshopEntry },
                    new Hotspot { Id = "careers", Kind = HotspotKind.Link, Yaw = 100, Pitch = 10, Label = Text("Careers"), Url = "https://example.org/careers" },
                    new Hotspot { Id = "film", Kind = HotspotKind.Video, Yaw = 150, Pitch = 0, Label = Text("Watch"), Target = "film" },
                ],
            },
            new Scene
            {
                Id = "workshop", Title = Text("Workshop"), InitialView = new ViewAngles(45, 0, 100), Panorama = workshop,
                Limits = new ViewLimits(-180, 180, -45, 45, 40, 110),
                Hotspots = [new Hotspot { Id = "back", Kind = HotspotKind.Scene, Yaw = -90, Pitch = -10, Label = Text("Back"), Target = "hall" }],
            },
            new Scene
            {
                Id = "film", Title = Text("Film"),
                Video = new VideoMedia { Path = "scenes/film/film.mp4", Width = 1920, Height = 960, DurationSeconds = 1, FramesPerSecond = 30, PosterPath = "scenes/film/poster.jpg" },
            },
        ],
        CaseStudies =
        [
            new CaseStudy
            {
                Id = "aerospace", Title = Text("Building wings"), Role = Text("Composites technician"), Industry = Text("Aerospace"),
                BodyPaths = new Dictionary<string, string> { ["en"] = "case-studies/aerospace/en.md", ["cy"] = "case-studies/aerospace/cy.md" },
            },
        ],
        Survey = new Survey { Questions = [] },
        Kiosk = new KioskSettings { AutoRotateAfterSeconds = 3600 },
    };
}
