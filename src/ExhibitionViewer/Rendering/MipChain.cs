namespace ExhibitionViewer.Rendering;

/// <summary>
/// Box-filtered mipmap levels, computed on a decoding thread and stored after the base level in the same buffer, so
/// the render thread only copies them (llvmpipe's own mipmap generation costs over a millisecond a tile on it).
/// </summary>
public static class MipChain
{
    /// <summary>Levels below the base of a full chain for a <paramref name="width"/> × <paramref name="height"/> image.</summary>
    public static int LevelsBelow(int width, int height) => (int)Math.Log2(Math.Max(width, height));

    /// <summary>Bytes of a <paramref name="width"/> × <paramref name="height"/> image with its full chain of levels.</summary>
    public static int ChainBytes(int width, int height) => Offset(width, height, LevelsBelow(width, height) + 1);

    /// <summary>Width or height of level <paramref name="level"/> (0 is the base).</summary>
    public static int Size(int baseSize, int level) => Math.Max(1, baseSize >> level);

    /// <summary>Offset in bytes of level <paramref name="level"/> in a chained buffer.</summary>
    public static int Offset(int width, int height, int level)
    {
        var offset = 0;
        for (var l = 0; l < level; l++)
        {
            offset += Size(width, l) * Size(height, l) * 4;
        }

        return offset;
    }

    /// <summary>Returns <paramref name="image"/> with its full chain of levels appended, in a new buffer.</summary>
    public static DecodedImage Append(DecodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var buffer = new byte[ChainBytes(image.Width, image.Height)];
        Array.Copy(image.Rgba, buffer, image.Width * image.Height * 4);
        return Fill(image with { Rgba = buffer });
    }

    /// <summary>Computes the levels into the rest of <paramref name="image"/>'s buffer, which must be long enough for them.</summary>
    public static DecodedImage Fill(DecodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var levels = LevelsBelow(image.Width, image.Height);
        ArgumentOutOfRangeException.ThrowIfLessThan(image.Rgba.Length, ChainBytes(image.Width, image.Height));
        for (var level = 1; level <= levels; level++)
        {
            Halve(image.Rgba, image.Width, image.Height, level);
        }

        return image with { MipLevels = levels };
    }

    private static void Halve(byte[] buffer, int width, int height, int level)
    {
        var (sw, sh) = (Size(width, level - 1), Size(height, level - 1));
        var (dw, dh) = (Size(width, level), Size(height, level));
        var source = buffer.AsSpan(Offset(width, height, level - 1), sw * sh * 4);
        var target = buffer.AsSpan(Offset(width, height, level), dw * dh * 4);
        for (var y = 0; y < dh; y++)
        {
            var row0 = source.Slice(Math.Min(2 * y, sh - 1) * sw * 4, sw * 4);
            var row1 = source.Slice(Math.Min(2 * y + 1, sh - 1) * sw * 4, sw * 4);
            var output = target.Slice(y * dw * 4, dw * 4);
            for (var x = 0; x < dw; x++)
            {
                var a = Math.Min(2 * x, sw - 1) * 4;
                var b = Math.Min(2 * x + 1, sw - 1) * 4;
                for (var c = 0; c < 4; c++)
                {
                    output[x * 4 + c] = (byte)((row0[a + c] + row0[b + c] + row1[a + c] + row1[b + c] + 2) >> 2);
                }
            }
        }
    }
}
