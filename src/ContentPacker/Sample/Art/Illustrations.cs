using SkiaSharp;

namespace ContentPacker.Sample.Art;

/// <summary>Paints an <see cref="Illustration"/> into a box, designed on a 300 by 210 grid and scaled to fit.</summary>
internal static partial class Illustrations
{
    private const float GridWidth = 300;
    private const float GridHeight = 210;

    public static void Draw(SKCanvas canvas, Illustration art, SKRect box)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        canvas.Save();
        canvas.ClipRect(box);
        canvas.Translate(box.Left, box.Top);
        canvas.Scale(box.Width / GridWidth, box.Height / GridHeight);
        var grid = new SKRect(0, 0, GridWidth, GridHeight);
        switch (art)
        {
            case Illustration.JetEngine: JetEngine(canvas, grid); break;
            case Illustration.WindTurbine: WindTurbine(canvas, grid); break;
            case Illustration.Microscope: Microscope(canvas, grid); break;
            case Illustration.HeartMonitor: HeartMonitor(canvas, grid); break;
            case Illustration.GameController: GameController(canvas, grid); break;
            default: BroadcastCamera(canvas, grid); break;
        }

        canvas.Restore();
    }
}
