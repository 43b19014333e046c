namespace ExhibitionViewer.Controls;

/// <summary>
/// Two-finger zoom: spreading the fingers to <c>scale</c> times their starting distance makes the scene look
/// <c>scale</c> times bigger, i.e. tan(hfov/2) shrinks by that factor, as on a photo.
/// </summary>
public static class PinchZoom
{
    /// <summary>The hfov after a pinch from <paramref name="startHfov"/> by <paramref name="scale"/> (finger distance now / at start).</summary>
    public static double Hfov(double startHfov, double scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var half = Math.Tan(startHfov * Math.PI / 360) / scale;
        return Math.Atan(half) * 360 / Math.PI;
    }
}
