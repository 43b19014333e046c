namespace ContentPacker.Media.Panorama;

/// <summary>Sizes of the cube faces and of their pyramid levels.</summary>
internal static class PyramidLayout
{
    /// <summary>Face edges per level, coarsest first: halve (rounding up) until one tile holds the face.</summary>
    public static IReadOnlyList<int> LevelSizes(int faceSize, int tileSize)
    {
        var sizes = new List<int> { faceSize };
        while (sizes[^1] > tileSize)
        {
            sizes.Add((sizes[^1] + 1) / 2);
        }

        sizes.Reverse();
        return sizes;
    }

    /// <summary>
    /// Face edge that keeps the source's angular resolution at the face centre: there a face has N/2 pixels per radian
    /// and the equator has fullWidth/2π, so N = fullWidth/π. Rounded to a multiple of 8 so JPEG blocks line up.
    /// </summary>
    public static int FaceSizeForEquirect(int width, double horizontalAngle)
    {
        var fullWidth = width * 360.0 / horizontalAngle;
        var size = (int)Math.Round(fullWidth / Math.PI / 8.0) * 8;
        return Math.Max(8, size);
    }
}
