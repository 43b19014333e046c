using NetVips;

namespace ContentPacker.Media;

/// <summary>Resizes images for display.</summary>
public static class ImageResizer
{
    /// <summary>Writes a JPEG no larger than <paramref name="maxEdge"/> on its longer edge; never enlarges.</summary>
    public static ImageInfo ResizeToJpeg(string sourceFile, string outputFile, int maxEdge, int quality = 85)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(outputFile);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEdge, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        if (!File.Exists(sourceFile))
        {
            throw new MediaException($"{sourceFile} does not exist. Check the path in exhibition.yaml.");
        }

        try
        {
            return ResizeCore(sourceFile, outputFile, maxEdge, quality);
        }
        catch (VipsException e)
        {
            string reason = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault(line => line.Length > 0) ?? "unknown error";
            throw new MediaException(
                $"{sourceFile} could not be read as an image ({reason}). Re-save it as JPEG or PNG and check it opens.", e);
        }
    }

    // Thumbnail shrinks while decoding (JPEG DCT scaling), so a large photo never decodes at full size. It applies the
    // EXIF orientation, and converts to sRGB through any embedded ICC profile. Nothing is kept of the source's
    // metadata (EXIF with camera, owner and GPS; XMP; IPTC; the ICC profile, as the pixels are now sRGB).
    private static ImageInfo ResizeCore(string sourceFile, string outputFile, int maxEdge, int quality)
    {
        using var thumbnail = Image.Thumbnail(sourceFile, maxEdge, height: maxEdge, size: Enums.Size.Down,
            outputProfile: "srgb", failOn: Enums.FailOn.Error);
        using var rgb = ToOpaqueSrgb(thumbnail);
        using var output = new AtomicFile(outputFile);
        rgb.Jpegsave(output.TempPath, q: quality, optimizeCoding: true, keep: Enums.ForeignKeep.None);
        output.Commit();
        return new ImageInfo(rgb.Width, rgb.Height);
    }

    // JPEG has no alpha: transparent areas become white, as on a page. Grey and 16-bit images become 8-bit sRGB.
    private static Image ToOpaqueSrgb(Image image)
    {
        var flat = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : image.Copy();
        if (flat.Interpretation == Enums.Interpretation.Srgb && flat.Format == Enums.BandFormat.Uchar)
        {
            return flat;
        }

        using (flat)
        {
            return flat.Colourspace(Enums.Interpretation.Srgb).Cast(Enums.BandFormat.Uchar);
        }
    }
}
