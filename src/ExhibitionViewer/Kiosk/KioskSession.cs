using Exhibition.Survey.Sync;
using ExhibitionViewer.Surveying;
using ExhibitionViewer.Touring;
using Serilog;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// The kiosk's state machine, with no GL: Attract → Touring → Survey → ThankYou → Attract, the idle timer that ends
/// a visit (discarding an unfinished survey), and the admin gesture → PIN pad → admin screen. It sees input before
/// the tour and keeps what is for it; in kiosk mode nothing a visitor does (Escape, Alt+F4, closing the window) quits.
/// </summary>
internal sealed partial class KioskSession
{
    /// <summary>Exit code of Restart on the admin screen: non-zero, so a supervisor (systemd Restart=on-failure) starts it again.</summary>
    public const int RestartExitCode = 75;

    /// <summary>A second tap on a kiosk control within this time is ignored (a touch screen may also send a mouse click).</summary>
    public const double DebounceSeconds = 0.25;

    private readonly TourPlayer player;
    private readonly KioskRuntime runtime;
    private readonly IResponseStore? store;
    private readonly ILogger log = Log.ForContext<KioskSession>();
    private readonly AdminGesture gesture = new();

    public KioskSession(TourPlayer player, KioskRuntime runtime, IResponseStore? store, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(player);
        ArgumentNullException.ThrowIfNull(runtime);
        this.player = player;
        this.runtime = runtime;
        this.store = store;
        Resize(width, height);
        EnterAttract();
    }

    public KioskState State { get; private set; }

    /// <summary>The survey in progress (state Survey), else null.</summary>
    public SurveyFlowState? Flow { get; private set; }

    /// <summary>On the thank-you screen: whether the answers were stored (false: the store was unavailable; null: no survey).</summary>
    public bool? Stored { get; private set; }

    /// <summary>Started after each stored response; set by the host when a sync endpoint is configured.</summary>
    public SyncWorker? Sync { get; init; }

    /// <summary>Bundle and version, for the admin screen.</summary>
    public string BundleDescription => $"{player.Tour.Id} {player.Tour.Version}";

    public TourPlayer Player => player;

    public KioskRuntime Runtime => runtime;

    public IResponseStore? Store => store;

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Seconds since the last input.</summary>
    public double IdleSeconds { get; private set; }

    /// <summary>Seconds since the visit started (left the attract loop).</summary>
    public double VisitSeconds { get; private set; }

    /// <summary>Set by the admin screen's Restart or Quit.</summary>
    public bool ExitRequested { get; private set; }

    public int ExitCode { get; private set; }

    /// <summary>Responses stored in this run (for --stats and tests).</summary>
    public int StoredCount { get; private set; }

    /// <summary>Whether the kiosk's screen hides the tour's own overlay (everything but the visit itself).</summary>
    public bool CoversTour => State != KioskState.Touring;

    public void Resize(int width, int height) => (Width, Height) = (Math.Max(1, width), Math.Max(1, height));

    /// <summary>The current screen's targets, in hit-test order.</summary>
    public IReadOnlyList<KioskTarget> Targets() => State switch
    {
        KioskState.Attract => KioskLayout.Attract(Width, Height, player.Tour.Languages),
        KioskState.Touring => [new KioskTarget("finish", KioskLayout.Finish(Width, Height, InLastScene))],
        KioskState.Survey when Flow is not null => SurveyScreenLayout.Targets(Flow, Width, Height, player.Tour.Languages),
        KioskState.ThankYou => KioskLayout.ThankYou(Width, Height),
        KioskState.PinEntry => KioskLayout.PinPad(Width, Height),
        KioskState.Admin => KioskLayout.Admin(Width, Height, Sync is not null),
        _ => [],
    };

    /// <summary>Whether the visitor is in the bundle's configured last scene (the Finish control grows there).</summary>
    public bool InLastScene => player.Tour.Kiosk.LastScene is { } last && player.Scene.Id == last;

    /// <summary>Advances the timers: idle timeout, the long press, the thank-you screen and the attract loop.</summary>
    public void Update(double seconds)
    {
        IdleSeconds += seconds;
        VisitSeconds += seconds;
        sinceActivation += seconds;
        if (gesture.Update(seconds))
        {
            EnterPinEntry();
        }

        UpdatePinLockout(seconds);
        if (State != KioskState.Attract && IdleSeconds >= IdleTimeout)
        {
            log.Information("Visit ended after {Seconds:F0} s without input in {State}", IdleSeconds, State);
            EndVisit();
            return;
        }

        if (State == KioskState.ThankYou && IdleSeconds >= runtime.ThankYouSeconds)
        {
            EndVisit();
        }

        if (State == KioskState.Attract)
        {
            UpdateAttract(seconds);
        }
    }

    // The PIN pad and admin screen time out sooner: staff who walk away should not leave them open for visitors.
    private double IdleTimeout => State is KioskState.PinEntry or KioskState.Admin
        ? Math.Min(runtime.IdleTimeoutSeconds, 60) : runtime.IdleTimeoutSeconds;
}
