using NetVips;

namespace ContentPacker.Media;

/// <summary>Reads image headers cheaply, so validation can check every image before heavy work.</summary>
public static class ImageProbe
{
    private static readonly string[] Loaders = ["jpegload", "pngload", "tiffload"];

    /// <summary>Size of a JPEG, PNG or TIFF; throws <see cref="MediaException"/> naming the file if unreadable or corrupt.</summary>
    public static ImageInfo Read(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new MediaException($"Image '{file}' does not exist.");
        }

        return ReadCore(file);
    }

    private static ImageInfo ReadCore(string file)
    {
        try
        {
            using var image = Image.NewFromFile(file, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            var loader = image.Get("vips-loader") as string ?? "unknown";
            if (!Loaders.Contains(loader))
            {
                throw new MediaException($"Image '{file}' is read by {loader}; use a JPEG, PNG or TIFF file.");
            }

            DecodeFully(file, loader);
            return new ImageInfo(image.Width, image.Height);
        }
        catch (VipsException e)
        {
            throw new MediaException($"Cannot read image '{file}': it is truncated, corrupt or not an image " +
                $"({e.Message.Split('\n')[0].Trim()}). Re-export it and try again.", e);
        }
    }

    // A header read cannot see a truncated body, so the whole file is decoded once, streaming. For JPEG the 1/8
    // shrink-on-load still entropy-decodes every block (so truncation and corrupt data fail) but skips the full IDCT
    // and keeps memory tiny: about a tenth of a full decode.
    private static void DecodeFully(string file, string loader)
    {
        using var image = loader == "jpegload"
            ? Image.Jpegload(file, shrink: 8, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error)
            : Image.NewFromFile(file, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        _ = image.Avg();
    }
}
