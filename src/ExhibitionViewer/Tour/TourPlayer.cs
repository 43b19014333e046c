using Exhibition.Bundle.Model;
using ExhibitionViewer.App;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Viewing;
using Serilog;
using TourModel = Exhibition.Bundle.Model.Tour;

namespace ExhibitionViewer.Touring;

/// <summary>
/// The tour as a visitor moves through it, with no GL: the current scene and its camera, the language, the open
/// panel, the keyboard focus and the cross-fade between scenes. Hotspot activation never throws: a failure is
/// logged with its context and the visitor sees a calm message instead.
/// </summary>
public sealed partial class TourPlayer
{
    private readonly IExhibitionContent content;
    private readonly ILogger log = Log.ForContext<TourPlayer>();
    private readonly BoundedStack<(Scene Scene, ViewAngles View)> history = new(HistoryLimit);

    /// <summary>Starts the tour in <paramref name="startScene"/> (the tour's first when null) for a screen of the given size.</summary>
    public TourPlayer(TourModel tour, IExhibitionContent content, string? language, int width, int height,
        string? startScene = null, ViewAngles? startView = null)
    {
        ArgumentNullException.ThrowIfNull(tour);
        ArgumentNullException.ThrowIfNull(content);
        Tour = tour;
        this.content = content;
        Language = language is not null && tour.Languages.Contains(language) ? language : tour.Languages.FirstOrDefault() ?? "en";
        var scene = tour.FindScene(startScene ?? tour.FirstScene)
            ?? throw new ArgumentException($"the tour has no scene '{startScene ?? tour.FirstScene}'", nameof(startScene));
        Scene = scene;
        Camera = CameraFor(scene, startView ?? scene.InitialView, width, height);
    }

    /// <summary>How many scenes back <see cref="GoBack"/> can go; older ones are forgotten.</summary>
    public const int HistoryLimit = 50;

    /// <summary>The tour.</summary>
    public TourModel Tour { get; }

    /// <summary>How many scenes <see cref="GoBack"/> can go back now.</summary>
    public int HistoryCount => history.Count;

    /// <summary>Forgets the scenes visited, so that Back cannot lead into an earlier visit (a kiosk's visit ended).</summary>
    public void ClearHistory() => history.Clear();

    /// <summary>The current scene.</summary>
    public Scene Scene { get; private set; }

    /// <summary>The current scene's camera (a new one per scene, with that scene's limits).</summary>
    public Camera Camera { get; private set; }

    /// <summary>The visitor's language.</summary>
    public string Language { get; private set; }

    /// <summary>The cross-fade in progress, or null.</summary>
    public SceneTransition? Transition { get; private set; }

    /// <summary>The open case-study panel, or null.</summary>
    public CaseStudyPanel? Panel { get; private set; }

    /// <summary>The open link panel, or null.</summary>
    public LinkPanel? Link { get; private set; }

    /// <summary>Whether a panel (case study or link) is open.</summary>
    public bool HasPanel => Panel is not null || Link is not null;

    /// <summary>A calm message shown to the visitor, or null.</summary>
    public string? Message { get; private set; }

    /// <summary>Changes when the scene changes (so renderers and controls can follow).</summary>
    public int SceneVersion { get; private set; }

    /// <summary>Follows a new screen size.</summary>
    public void Resize(int width, int height) => Camera.Resize(width, height);

    /// <summary>Advances the cross-fade and message timers by <paramref name="seconds"/>.</summary>
    public void Update(double seconds)
    {
        Transition?.Advance(seconds);
        if (Transition is { IsComplete: true })
        {
            Transition = null;
        }

        if (messageSecondsLeft is { } left)
        {
            messageSecondsLeft = left - seconds;
            if (messageSecondsLeft <= 0)
            {
                messageSecondsLeft = null;
                Message = null;
            }
        }
    }

    /// <summary>A camera entering <paramref name="scene"/> at <paramref name="view"/>, with the scene's limits.</summary>
    internal static Camera CameraFor(Scene scene, ViewAngles view, int width, int height) =>
        new(view, ExtentLimits.Combine(scene.Limits, scene.Panorama?.Extent), Math.Max(1, width), Math.Max(1, height));
}
