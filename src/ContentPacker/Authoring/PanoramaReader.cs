using ContentPacker.Media.Panorama;
using Exhibition.Bundle.Model;
using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

/// <summary>Reads a scene's <c>panorama</c> (full or partial equirectangular) or <c>cube</c> (six faces).</summary>
internal static class PanoramaReader
{
    private static readonly string[] PartialKeys = ["file", "haov", "vaov", "v_offset"];
    private static readonly CubeFace[] Faces = Enum.GetValues<CubeFace>();
    private static readonly string[] FaceKeys = [.. Faces.Select(f => f.ToString().ToLowerInvariant())];

    public static PanoramaSource? ReadEquirect(MapReader scene)
    {
        if (scene.Get("panorama") is YamlScalarNode)
        {
            var full = scene.FilePath("panorama");
            if (full is { } file)
            {
                scene.Context.MediaChecks.Add(() => MediaChecks.FullPanorama(scene.Context, file));
            }

            return full is { } f ? new EquirectSource(f.Absolute) : null;
        }

        if (scene.Child("panorama", PartialKeys) is not { } map)
        {
            return null;
        }

        var resolved = map.FilePath("file", required: true);
        var haov = map.Number("haov", 1, 360, required: true);
        var vaov = map.Number("vaov", 1, 180, required: true);
        var offset = map.Number("v_offset", -90, 90) ?? 0;
        if (vaov is { } v && Math.Abs(offset) + (v / 2) > 90)
        {
            map.Report("v_offset", $"with vaov {MapReader.Format(v)}, v_offset {MapReader.Format(offset)} reaches past the pole: |v_offset| + vaov/2 must be at most 90.");
        }

        if (resolved is not { } source || haov is null || vaov is null)
        {
            return null;
        }

        var extent = new PanoramaExtent(haov.Value, vaov.Value, offset);
        scene.Context.MediaChecks.Add(() => MediaChecks.PartialPanorama(scene.Context, source, extent));
        return new EquirectSource(source.Absolute, extent);
    }

    public static PanoramaSource? ReadCube(MapReader scene)
    {
        if (scene.Child("cube", FaceKeys) is not { } map)
        {
            return null;
        }

        var files = new Dictionary<CubeFace, ResolvedFile>();
        foreach (var face in Faces)
        {
            if (map.FilePath(FaceKeys[(int)face], required: true) is { } file)
            {
                files[face] = file;
            }
        }

        if (files.Count < Faces.Length)
        {
            return null;
        }

        scene.Context.MediaChecks.Add(() => MediaChecks.CubeFaces(scene.Context, files));
        return new CubeFacesSource(files.ToDictionary(p => p.Key, p => p.Value.Absolute));
    }
}
