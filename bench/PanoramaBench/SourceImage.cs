using NetVips;

namespace PanoramaBench;

/// <summary>The benchmark's source: the real 4096x2048 photo upscaled (or a synthetic pattern), generated once.</summary>
internal static class SourceImage
{
    public static string Ensure(int width)
    {
        var file = Path.Combine(BenchOptions.WorkDir, $"source-{width}x{width / 2}.jpg");
        if (File.Exists(file))
        {
            return file;
        }

        Directory.CreateDirectory(BenchOptions.WorkDir);
        var temp = file + ".tmp.jpg";
        var photo = FindRealPhoto();
        using (var image = photo is null ? Synthetic(width) : Upscaled(photo, width))
        {
            image.Jpegsave(temp, q: 90);
        }

        File.Move(temp, file);
        return file;
    }

    private static Image Upscaled(string photo, int width)
    {
        using var source = Image.NewFromFile(photo, access: Enums.Access.Sequential);
        return source.Resize((double)width / source.Width, kernel: Enums.Kernel.Lanczos3);
    }

    private static Image Synthetic(int width)
    {
        using var xy = Image.Xyz(width, width / 2);
        using var bands = (xy[0] * 7 % 256).Bandjoin(xy[1] * 5 % 256, (xy[0] + xy[1]) % 256);
        return bands.Cast(Enums.BandFormat.Uchar);
    }

    // The shared data folder sits beside the checkout; walk up from the binary to find it.
    private static string? FindRealPhoto()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realdata", "jordan-pond-equirect-4096x2048.jpg");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
