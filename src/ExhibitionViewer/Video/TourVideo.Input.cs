using ExhibitionViewer.Platform;

namespace ExhibitionViewer.Video;

/// <summary>Space, M and C, the control bar and a seek drag; a tap on the scene plays or pauses.</summary>
internal sealed partial class TourVideo
{
    private const int KeyM = 'm';
    private const int KeyC = 'c';
    private VideoControlTarget? pressed;
    private long pressedId;

    /// <inheritdoc />
    public bool Handle(InputEvent e)
    {
        if (pressed is not null && IsRelease(e) && e.Id == pressedId)
        {
            // The press was the controls': so is its release, wherever it lands.
            Release(e);
            return true;
        }

        if (!player.IsVideoScene)
        {
            return false;
        }

        if (e.Kind is not InputEventKind.KeyUp)
        {
            sinceInput = 0;
        }

        return e.Kind switch
        {
            InputEventKind.KeyDown => HandleKey(e.Key),
            InputEventKind.PointerDown when e.Id == 1 => Press(e),
            InputEventKind.FingerDown when pressed is null => Press(e),
            InputEventKind.PointerMove or InputEventKind.FingerMove when pressed is not null && e.Id == pressedId => Drag(e),
            _ => false,
        };
    }

    /// <inheritdoc />
    public void TapScene()
    {
        sinceInput = 0;
        if (failure is null)
        {
            playback?.TogglePlayPause();
        }
    }

    private bool HandleKey(int key)
    {
        switch (key)
        {
            case Keys.Space:
                TapScene();
                return true;
            case KeyM:
                SetMuted(!muted);
                return true;
            case KeyC:
                CaptionsOn = !CaptionsOn;
                return true;
            default:
                return false;
        }
    }

    private bool Press(InputEvent e)
    {
        var state = ControlsState();
        var (x, y, w, h) = Point(e);
        if (state is null)
        {
            return false;
        }

        var hit = VideoControlsPainter.HitTest(state, x, y, w, h);
        var onBar = state.Message is null && state.ShowBar && VideoControlsLayout.For(w, h).Bar.Contains(x, y);
        if (hit.Target == VideoControlTarget.None && !onBar)
        {
            return false;
        }

        pressed = hit.Target;
        pressedId = e.Id;
        switch (hit.Target)
        {
            case VideoControlTarget.PlayPause:
                TapScene();
                break;
            case VideoControlTarget.Mute:
                SetMuted(!muted);
                break;
            case VideoControlTarget.Captions:
                CaptionsOn = !CaptionsOn;
                break;
            case VideoControlTarget.SeekBar when playback is not null:
                seekFraction = hit.Fraction;
                break;
            case VideoControlTarget.Volume:
                SetVolume((float)hit.Fraction);
                break;
        }

        return true;
    }

    private bool Drag(InputEvent e)
    {
        var (x, _, w, h) = Point(e);
        if (pressed == VideoControlTarget.SeekBar && seekFraction is not null)
        {
            seekFraction = VideoControlsPainter.SeekFraction(x, w, h);
        }
        else if (pressed == VideoControlTarget.Volume)
        {
            var track = VideoControlsLayout.For(w, h).VolumeTrack;
            SetVolume(Math.Clamp((x - track.Left) / track.Width, 0, 1));
        }

        return true;
    }

    private void Release(InputEvent e)
    {
        var target = pressed;
        pressed = null;
        if (target == VideoControlTarget.SeekBar && seekFraction is { } f && playback is { } video)
        {
            var (x, _, w, h) = Point(e);
            f = VideoControlsPainter.SeekFraction(x, w, h);
            if (!double.IsInfinity(video.Duration))
            {
                video.Seek(f * video.Duration);
            }
        }
        else if (target == VideoControlTarget.Back && player.IsVideoScene)
        {
            player.LeaveVideo();
        }

        seekFraction = null;
    }

    private void SetMuted(bool value)
    {
        muted = value;
        playback?.SetMuted(value);
    }

    private void SetVolume(float value)
    {
        volume = Math.Clamp(value, 0, 1);
        playback?.SetVolume(volume);
        if (muted && volume > 0)
        {
            SetMuted(false);
        }
    }

    private (float X, float Y, int W, int H) Point(InputEvent e)
    {
        var (w, h) = (player.Camera.Projection.Width, player.Camera.Projection.Height);
        return e.Kind is InputEventKind.FingerDown or InputEventKind.FingerUp or InputEventKind.FingerMove
            ? ((float)(e.X * w), (float)(e.Y * h), w, h)
            : ((float)e.X, (float)e.Y, w, h);
    }

    private static bool IsRelease(InputEvent e) => e.Kind is InputEventKind.PointerUp or InputEventKind.FingerUp;
}
