using ExhibitionViewer.Rendering;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.KioskMode;

/// <summary>Puts the kiosk painter's output on screen through a <see cref="ScreenBitmapLayer"/>, painting only when the screen changed.</summary>
internal sealed class KioskLayer(GL gl) : IDisposable
{
    private readonly KioskPainter painter = new();
    private readonly ScreenBitmapLayer screen = new(gl);
    private string? painted;

    public void Draw(KioskSession session)
    {
        var (w, h) = (session.Width, session.Height);
        var signature = KioskSignature.Of(session);
        if (screen.NeedsPaint(w, h) || signature != painted)
        {
            screen.Repaint(w, h, canvas => painter.Paint(canvas, session));
            painted = signature;
        }

        screen.Draw();
    }

    public void Dispose()
    {
        screen.Dispose();
        painter.Dispose();
    }
}
