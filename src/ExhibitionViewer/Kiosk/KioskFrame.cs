using ExhibitionViewer.Platform;
using Serilog;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// The kiosk in the frame loop: it sees input before the tour, advances its timers, draws its screen over the
/// panorama, and hides the pointer while it is unused. A failure to draw is logged and the kiosk carries on without
/// its layer rather than showing an error to a visitor.
/// </summary>
internal sealed class KioskFrame : IDisposable
{
    /// <summary>Seconds without mouse movement before the pointer is hidden.</summary>
    public const double PointerHideSeconds = 3;

    private readonly ILogger log = Log.ForContext<KioskFrame>();
    private KioskLayer? layer;
    private double sinceMouse;
    private bool pointerShown = true;

    public KioskFrame(KioskSession session, GL? gl)
    {
        ArgumentNullException.ThrowIfNull(session);
        Session = session;
        try
        {
            layer = gl is null ? null : new KioskLayer(gl);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Warning(e, "The kiosk layer is unavailable; the kiosk runs without its screens drawn");
        }
    }

    public KioskSession Session { get; }

    public bool ExitRequested => Session.ExitRequested;

    public int ExitCode => Session.ExitCode;

    /// <summary>Whether the tour's overlay should be hidden (the kiosk's screen replaces it).</summary>
    public bool CoversTour => Session.CoversTour;

    public bool Handle(InputEvent e)
    {
        if (e.Kind is InputEventKind.PointerMove or InputEventKind.PointerDown)
        {
            sinceMouse = 0;
            ShowPointer(true);
        }

        return Session.Handle(e);
    }

    public void Update(double seconds, int width, int height)
    {
        Session.Resize(width, height);
        Session.Update(seconds);
        sinceMouse += seconds;
        if (sinceMouse > PointerHideSeconds)
        {
            ShowPointer(false);
        }
    }

    public void Draw()
    {
        try
        {
            layer?.Draw(Session);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Warning(e, "The kiosk screen cannot be drawn; carrying on without it");
            layer?.Dispose();
            layer = null;
        }
    }

    private void ShowPointer(bool show)
    {
        if (show != pointerShown)
        {
            pointerShown = show;
            Sdl.ShowCursor(show ? 1 : 0);
        }
    }

    public void Dispose()
    {
        layer?.Dispose();
        ShowPointer(true);
    }
}
