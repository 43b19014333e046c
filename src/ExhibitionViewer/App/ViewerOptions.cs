namespace ExhibitionViewer.App;

/// <summary>What the command line asked for.</summary>
public sealed record ViewerOptions
{
    /// <summary>The bundle file, or an unpacked bundle folder.</summary>
    public string? ContentPath { get; init; }

    /// <summary>Render one frame to this PNG and exit.</summary>
    public string? ScreenshotPath { get; init; }

    /// <summary>Screenshot size in pixels.</summary>
    public PixelSize ScreenshotSize { get; init; } = new(1280, 720);

    /// <summary>For a screenshot of a video scene: the time in seconds of the frame to show (0 when null).</summary>
    public double? At { get; init; }

    /// <summary>The scene to start in instead of the tour's first scene.</summary>
    public string? SceneId { get; init; }

    /// <summary>Overrides of the scene's initial view.</summary>
    public double? Yaw { get; init; }

    /// <inheritdoc cref="Yaw"/>
    public double? Pitch { get; init; }

    /// <inheritdoc cref="Yaw"/>
    public double? Hfov { get; init; }

    /// <summary>Borderless full screen.</summary>
    public bool Fullscreen { get; init; }

    /// <summary>Window size when not full screen.</summary>
    public PixelSize WindowSize { get; init; } = new(1280, 720);

    /// <summary>The visitor language; the tour's first language when null.</summary>
    public string? Language { get; init; }

    /// <summary>Public keys (base64 or <c>.pub</c> files) of which one must have signed the bundle; none means no check.</summary>
    public IReadOnlyList<string> Trust { get; init; } = [];

    /// <summary>The display to open the window on, 0 first.</summary>
    public int Display { get; init; }

    /// <summary>A file of timed input events to play; the run ends when it does.</summary>
    public string? ScriptPath { get; init; }

    /// <summary>Print one JSON line of run statistics at exit.</summary>
    public bool Stats { get; init; }

    /// <summary>Author mode: a yaw/pitch read-out, and clicks print hotspot lines for exhibition.yaml.</summary>
    public bool Author { get; init; }

    /// <summary>The data folder (survey store, kiosk.json, logs); the user's data folder when null.</summary>
    public string? DataPath { get; init; }

    /// <summary>Kiosk mode: full screen, no way out but the admin screen, attract loop, survey, idle timeout.</summary>
    public bool Kiosk { get; init; }
}
