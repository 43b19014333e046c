using System.Globalization;
using ExhibitionViewer.Controls;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Touring;

/// <summary>
/// Routes input between the tour and the view: a tap (press and release without much movement) goes to whatever
/// the overlay says is under it (on a video scene the video controls see input first); Tab, Shift+Tab and Enter move
/// and use the hotspot focus; Escape closes a panel or leaves a video scene;
/// everything else turns and zooms the view. Real and scripted events take the same path.
/// </summary>
public sealed partial class TourInput
{
    /// <summary>Pixels a press may move and still count as a tap.</summary>
    public const double TapSlop = 10;

    private readonly TourPlayer player;
    private readonly ViewControls controls;
    private readonly IOverlay overlay;
    private readonly HashSet<int> shift = [];
    private ScreenPoint? pressedAt;

    /// <summary>Connects <paramref name="player"/>, its view <paramref name="controls"/> and the <paramref name="overlay"/>.</summary>
    public TourInput(TourPlayer player, ViewControls controls, IOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(player);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(overlay);
        this.player = player;
        this.controls = controls;
        this.overlay = overlay;
        controls.AutoRotateAfterSeconds = player.Tour.Kiosk.AutoRotateAfterSeconds;
        controls.AutoRotateDegreesPerSecond = player.Tour.Kiosk.AutoRotateDegreesPerSecond;
    }

    /// <summary>Author mode: the read-out follows the pointer and a tap prints a hotspot line instead of activating.</summary>
    public bool AuthorMode { get; init; }

    /// <summary>The video scene's controls (play, pause, seek, the way back); without them a tap on a video scene goes back.</summary>
    public IVideoControls? Video { get; init; }

    /// <summary>Receives the hotspot lines of author mode.</summary>
    public Action<string> AuthorOutput { get; init; } = Console.WriteLine;

    /// <summary>Whether the visitor (or a script) asked to leave: Escape with nothing to close, or the window closing.</summary>
    public bool QuitRequested { get; private set; }

    /// <summary>Applies one event.</summary>
    public void Handle(InputEvent e)
    {
        Follow();
        switch (e.Kind)
        {
            case InputEventKind.Quit:
                QuitRequested = true;
                return;
            case not InputEventKind.Quit when player.IsVideoScene && !player.HasPanel && Video?.Handle(e) == true:
                controls.NoteActivity();
                return;
            case InputEventKind.KeyDown when HandleKey(e.Key):
                controls.NoteActivity();
                return;
            case InputEventKind.KeyUp when e.Key is Keys.LeftShift or Keys.RightShift:
                shift.Remove(e.Key);
                break;
        }

        HandlePointer(e);
    }

    /// <summary>Advances the tour and the view by <paramref name="seconds"/>.</summary>
    public void Update(double seconds)
    {
        player.Update(seconds);
        Follow();
        if (!player.HasPanel)
        {
            controls.Update(seconds);
        }
    }

    // The controls drive the current scene's camera, which is a new one after every scene change.
    private void Follow()
    {
        if (!ReferenceEquals(controls.Camera, player.Camera))
        {
            controls.Camera = player.Camera;
        }
    }

    private bool HandleKey(int key)
    {
        switch (key)
        {
            case Keys.LeftShift or Keys.RightShift:
                shift.Add(key);
                return false;
            case Keys.Tab when !player.HasPanel:
                player.MoveFocus(backwards: shift.Count > 0);
                return true;
            case Keys.Return or Keys.KeypadEnter when !player.HasPanel:
                player.ActivateFocused();
                return true;
            case Keys.Escape:
                if (!player.ClosePanel() && !player.LeaveVideo())
                {
                    QuitRequested = true;
                }

                return true;
            default:
                return false;
        }
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
