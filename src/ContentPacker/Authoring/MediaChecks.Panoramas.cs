using System.Globalization;
using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

internal static partial class MediaChecks
{
    /// <summary>A full panorama is 2:1: its height within a pixel of half its width.</summary>
    public static void FullPanorama(AuthoringContext context, ResolvedFile file)
    {
        if (ReadImage(context, file) is not { } info || Math.Abs(info.Width - (2 * info.Height)) <= 2)
        {
            return;
        }

        context.Problems.Add(file.Spot, file.Field,
            $"'{file.Relative}' is {info.Width}×{info.Height}; a full panorama must be 2:1 (e.g. {info.Width}×{info.Width / 2}). "
            + "If it covers less of the sphere, declare it partial: {file: ..., haov: ..., vaov: ...}.");
    }

    /// <summary>A partial panorama's pixel aspect must match haov/vaov, within <see cref="AuthoringRules.PartialAspectTolerance"/>.</summary>
    public static void PartialPanorama(AuthoringContext context, ResolvedFile file, PanoramaExtent extent)
    {
        if (ReadImage(context, file) is not { } info)
        {
            return;
        }

        var expected = extent.HorizontalAngle / extent.VerticalAngle;
        var actual = (double)info.Width / info.Height;
        if (Math.Abs((actual / expected) - 1) > AuthoringRules.PartialAspectTolerance)
        {
            context.Problems.Add(file.Spot, file.Field, string.Create(CultureInfo.InvariantCulture,
                $"'{file.Relative}' is {info.Width}×{info.Height} (aspect {actual:0.###}), but haov/vaov is {extent.HorizontalAngle}/{extent.VerticalAngle} = {expected:0.###}; the image's aspect and its angles of view must agree."));
        }
    }

    /// <summary>Cube faces are square and all the same size.</summary>
    public static void CubeFaces(AuthoringContext context, IReadOnlyDictionary<CubeFace, ResolvedFile> faces)
    {
        (CubeFace Face, int Size)? first = null;
        foreach (var (face, file) in faces.OrderBy(f => f.Key))
        {
            if (ReadImage(context, file) is not { } info)
            {
                continue;
            }

            if (info.Width != info.Height)
            {
                context.Problems.Add(file.Spot, file.Field, $"'{file.Relative}' is {info.Width}×{info.Height}; cube faces must be square.");
            }
            else if (first is null)
            {
                first = (face, info.Width);
            }
            else if (info.Width != first.Value.Size)
            {
                context.Problems.Add(file.Spot, file.Field,
                    $"'{file.Relative}' is {info.Width}×{info.Height} but the {first.Value.Face.ToString().ToLowerInvariant()} face is {first.Value.Size}×{first.Value.Size}; all six faces must be the same size.");
            }
        }
    }
}
