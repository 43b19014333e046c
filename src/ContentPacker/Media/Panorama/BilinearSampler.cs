namespace ContentPacker.Media.Panorama;

/// <summary>
/// Bilinear sampling of an interleaved 8-bit RGB image. When the source wraps, column Width is column 0, so the
/// ±180° seam blends like any other pair of columns; rows and non-wrapping columns arrive already clamped.
/// </summary>
internal readonly record struct BilinearSampler(byte[] Pixels, int Width, int Height, bool Wraps)
{
    /// <summary>Samples <paramref name="count"/> points into <paramref name="output"/> from <paramref name="offset"/>.</summary>
    public void Row(float[] xs, float[] ys, int count, byte[] output, int offset)
    {
        var stride = Width * 3;
        for (var i = 0; i < count; i++, offset += 3)
        {
            float x = xs[i], y = ys[i];
            if (x == SourceMapping.Outside)
            {
                output[offset] = output[offset + 1] = output[offset + 2] = 0;
                continue;
            }

            int x0 = (int)x, y0 = (int)y;
            float fx = x - x0, fy = y - y0;
            x0 = x0 >= Width ? x0 - Width : x0;
            var x1 = x0 + 1 < Width ? x0 + 1 : (Wraps ? 0 : x0);
            var y1 = y0 + 1 < Height ? y0 + 1 : y0;
            int top = y0 * stride, bottom = y1 * stride, left = x0 * 3, right = x1 * 3;
            float w00 = (1 - fx) * (1 - fy), w01 = fx * (1 - fy), w10 = (1 - fx) * fy, w11 = fx * fy;
            for (var k = 0; k < 3; k++)
            {
                output[offset + k] = (byte)((Pixels[top + left + k] * w00) + (Pixels[top + right + k] * w01) +
                    (Pixels[bottom + left + k] * w10) + (Pixels[bottom + right + k] * w11) + 0.5f);
            }
        }
    }
}
