using Exhibition.Bundle.Model;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>A tour that sets every field of the model to a non-default value.</summary>
public static class SampleTour
{
    public static LocalizedText Text(string en, string cy) => new(new Dictionary<string, string> { ["en"] = en, ["cy"] = cy });

    public static Tour Make() => new()
    {
        Id = "technicians-gallery",
        Version = "1.2.0",
        Title = Text("Technicians", "Technegwyr"),
        Languages = ["en", "cy"],
        FirstScene = "foyer",
        TransitionSeconds = 1.25,
        Scenes = [Panorama(), Video()],
        CaseStudies =
        [
            new CaseStudy
            {
                Id = "lab-tech", Title = Text("Lab technician", "Technegydd labordy"), Role = Text("Role", "Rôl"),
                Industry = Text("Science", "Gwyddoniaeth"), BodyPaths = new Dictionary<string, string> { ["en"] = "cases/lab.en.md", ["cy"] = "cases/lab.cy.md" },
                ImagePath = "cases/lab.jpg",
            },
        ],
        Survey = new Survey
        {
            Questions =
            [
                new SurveyQuestion { Id = "q1", Kind = QuestionKind.YesNo, Required = true, Text = Text("Enjoyed?", "Mwynhau?"), MaxLength = 10 },
                new SurveyQuestion
                {
                    Id = "q2", Kind = QuestionKind.Multi, Text = Text("Which?", "Pa rai?"),
                    Options = [new SurveyOption("a", Text("A", "A-cy")), new SurveyOption("b", Text("B", "B-cy"))],
                },
            ],
            ThankYou = Text("Thanks", "Diolch"),
        },
        Kiosk = new KioskSettings
        {
            IdleTimeoutSeconds = 45, AttractScenes = ["foyer", "workshop"], AutoRotateDegreesPerSecond = 4.5,
            AutoRotateAfterSeconds = 12, CareersLink = "https://example.org/careers", LastScene = "workshop",
        },
        Strings = new Dictionary<string, LocalizedText> { ["start"] = Text("Start", "Dechrau") },
    };

    private static Scene Panorama() => new()
    {
        Id = "foyer",
        Title = Text("Foyer", "Cyntedd"),
        InitialView = new ViewAngles(10, -5, 90),
        Limits = new ViewLimits(-170, 170, -80, 80, 40, 110),
        NorthOffset = 12.5,
        Hotspots =
        [
            new Hotspot
            {
                Id = "to-workshop", Kind = HotspotKind.Scene, Yaw = 45, Pitch = -3, Label = Text("Workshop", "Gweithdy"),
                Target = "workshop", TargetView = new ViewAngles(1, 2, 80), Url = "https://example.org", ShowFrom = 1.5, ShowUntil = 9.5,
            },
        ],
        Panorama = new CubePyramid
        {
            FaceSize = 1304, TileSize = 512, LevelSizes = [326, 652, 1304], TilePathTemplate = "tiles/foyer/{level}/{face}/{x}_{y}.jpg",
            PreviewPath = "tiles/foyer/preview.jpg", PreviewFaceSize = 128, Extent = new PanoramaExtent(360, 120, 5),
        },
    };

    private static Scene Video() => new()
    {
        Id = "workshop",
        Title = Text("Workshop", "Gweithdy"),
        Video = new VideoMedia
        {
            Path = "video/workshop.mp4", Width = 3840, Height = 1920, DurationSeconds = 61.5, FramesPerSecond = 29.97, HasAudio = true,
            PosterPath = "video/workshop.jpg", Captions = new Dictionary<string, string> { ["en"] = "video/workshop.en.vtt" }, Loop = true,
            NextScene = "foyer",
        },
    };
}
