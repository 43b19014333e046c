using System.Globalization;

namespace ExhibitionViewer.App;

/// <summary>A size in pixels, written <c>WxH</c> on the command line.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public readonly record struct PixelSize(int Width, int Height)
{
    /// <summary>Parses <c>WxH</c> (each 1..16384); false if it is not that.</summary>
    public static bool TryParse(string? text, out PixelSize size)
    {
        size = default;
        var parts = text?.Split('x', 'X') ?? [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || w is < 1 or > 16384 || h is < 1 or > 16384)
        {
            return false;
        }

        size = new PixelSize(w, h);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Width}x{Height}";
}
