using Exhibition.Bundle.Model;
using NetVips;

namespace ContentPacker.Media.Panorama;

/// <summary>Builds the preview strip from each face's single coarsest tile, so no face is resampled twice.</summary>
internal static class PreviewWriter
{
    /// <summary>Writes <c>preview.jpg</c>: the six faces side by side in <see cref="CubeFace"/> order.</summary>
    public static void Write(string outputDir, CubePyramidPaths paths, TilingOptions options)
    {
        var faces = Enum.GetValues<CubeFace>().Select(face => Shrunk(paths.CoarsestTile(outputDir, face), options.PreviewFaceSize)).ToArray();
        try
        {
            using var strip = Image.Arrayjoin(faces);
            strip.Jpegsave(Path.Combine(outputDir, CubePyramidPaths.PreviewFile), q: options.JpegQuality, keep: Enums.ForeignKeep.None);
        }
        finally
        {
            foreach (var face in faces)
            {
                face.Dispose();
            }
        }
    }

    private static Image Shrunk(string tileFile, int size)
    {
        using var tile = Image.NewFromFile(tileFile);
        return tile.Resize((double)size / tile.Width, vscale: (double)size / tile.Height, kernel: Enums.Kernel.Lanczos3);
    }
}
