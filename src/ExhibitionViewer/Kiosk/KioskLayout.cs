using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// Where the kiosk's own controls are, from the screen size alone (fixed sizes on the overlay's 8-px grid, never
/// measured text), so the painter and the hit test agree and tests can tap them. Every target is at least 96 px
/// high at 1080p.
/// </summary>
internal static class KioskLayout
{
    public static float Grid(int width, int height) => OverlayMetrics.For(width, height).G;

    /// <summary>The corner where a long press opens the admin PIN pad.</summary>
    public static SKRect AdminCorner(int width, int height) => SKRect.Create(0, 0, 16 * Grid(width, height), 16 * Grid(width, height));

    /// <summary>The Finish control, always shown during a visit (wider in the configured last scene).</summary>
    public static SKRect Finish(int width, int height, bool lastScene)
    {
        var g = Grid(width, height);
        var w = (lastScene ? 60 : 28) * g;
        return SKRect.Create(width - 3 * g - w, height - 3 * g - 12 * g, w, 12 * g);
    }

    public static List<KioskTarget> Attract(int width, int height, IReadOnlyList<string> languages)
    {
        var g = Grid(width, height);
        var targets = new List<KioskTarget>();
        if (languages.Count > 1)
        {
            var (w, gap) = (24 * g, 3 * g);
            var left = (width - (languages.Count * w + (languages.Count - 1) * gap)) / 2;
            for (var i = 0; i < languages.Count; i++)
            {
                targets.Add(new("lang:" + languages[i], SKRect.Create(left + i * (w + gap), height - 8 * g - 12 * g, w, 12 * g)));
            }
        }

        targets.Add(new("start", SKRect.Create(0, 0, width, height)));
        return targets;
    }

    public static List<KioskTarget> ThankYou(int width, int height)
    {
        var g = Grid(width, height);
        return [new("done", SKRect.Create((width - 32 * g) / 2, height - 8 * g - 12 * g, 32 * g, 12 * g))];
    }

    /// <summary>A 3×4 PIN pad (digits, clear, OK) centred a little below the middle, and Cancel under it.</summary>
    public static List<KioskTarget> PinPad(int width, int height)
    {
        var g = Grid(width, height);
        var (w, h, gap) = (16 * g, 12 * g, 2 * g);
        var left = (width - (3 * w + 2 * gap)) / 2;
        var top = height * 0.30f;
        string[] keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"];
        var targets = keys.Select((k, i) => new KioskTarget("pin:" + k,
            SKRect.Create(left + i % 3 * (w + gap), top + i / 3 * (h + gap), w, h))).ToList();
        targets.Add(new("pin:cancel", SKRect.Create((width - 3 * w - 2 * gap) / 2, top + 4 * (h + gap) + gap, 3 * w + 2 * gap, h)));
        return targets;
    }

    public static List<KioskTarget> Admin(int width, int height, bool canSync)
    {
        var g = Grid(width, height);
        var (w, h, gap) = (56 * g, 12 * g, 2 * g);
        var left = width / 2f + 4 * g;
        var top = 18 * g;
        string[] actions = canSync
            ? ["admin:export", "admin:sync", "admin:restart", "admin:quit", "admin:close"]
            : ["admin:export", "admin:restart", "admin:quit", "admin:close"];
        return [.. actions.Select((a, i) => new KioskTarget(a, SKRect.Create(left, top + i * (h + gap), w, h)))];
    }

    /// <summary>The first target containing the point, or null.</summary>
    public static string? Hit(IEnumerable<KioskTarget> targets, float x, float y) =>
        targets.FirstOrDefault(t => t.Bounds.Contains(x, y)).Action;
}
