using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ContentPacker.Media.Panorama;

/// <summary>
/// Bilinear sampling of an interleaved 8-bit RGB image with 8-bit fixed-point weights. When the source wraps, column
/// Width is column 0, so the ±180° seam blends like any other pair of columns; rows and non-wrapping columns arrive
/// already clamped by <see cref="SourceMapping"/>, which is what makes the unchecked reads below safe.
/// </summary>
internal readonly record struct BilinearSampler(byte[] Pixels, int Width, int Height, bool Wraps)
{
    /// <summary>Samples <paramref name="count"/> points into <paramref name="output"/> from <paramref name="offset"/>.</summary>
    // Hot loop run once per face row: compile it optimised at once rather than after tier-0 has run a whole face.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Row(float[] xs, float[] ys, int count, byte[] output, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + (3 * count), output.Length);
        ref var source = ref MemoryMarshal.GetArrayDataReference(Pixels);
        ref var target = ref MemoryMarshal.GetArrayDataReference(output);
        var stride = Width * 3;
        for (var i = 0; i < count; i++, offset += 3)
        {
            float x = xs[i], y = ys[i];
            if (x == SourceMapping.Outside)
            {
                Unsafe.Add(ref target, offset) = Unsafe.Add(ref target, offset + 1) = Unsafe.Add(ref target, offset + 2) = 0;
                continue;
            }

            var (top, bottom, left, right, fx, fy) = Corners(x, y, stride);
            int w00 = (256 - fx) * (256 - fy), w01 = fx * (256 - fy), w10 = (256 - fx) * fy, w11 = fx * fy;
            for (var k = 0; k < 3; k++)
            {
                var sum = (Unsafe.Add(ref source, top + left + k) * w00) + (Unsafe.Add(ref source, top + right + k) * w01) +
                    (Unsafe.Add(ref source, bottom + left + k) * w10) + (Unsafe.Add(ref source, bottom + right + k) * w11);
                Unsafe.Add(ref target, offset + k) = (byte)((sum + 32768) >> 16);
            }
        }
    }

    // Byte offsets of the 2x2 neighbourhood and the 8-bit fractions; indices are checked here, once per pixel.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int Top, int Bottom, int Left, int Right, int Fx, int Fy) Corners(float x, float y, int stride)
    {
        int x0 = (int)x, y0 = (int)y;
        int fx = (int)((x - x0) * 256), fy = (int)((y - y0) * 256);
        x0 = x0 >= Width ? x0 - Width : x0;
        var x1 = x0 + 1 < Width ? x0 + 1 : (Wraps ? 0 : x0);
        var y1 = y0 + 1 < Height ? y0 + 1 : y0;
        if ((uint)x0 >= (uint)Width || (uint)y0 >= (uint)Height)
        {
            throw new InvalidOperationException($"Sample point ({x}, {y}) is outside the {Width}x{Height} source.");
        }

        return (y0 * stride, y1 * stride, x0 * 3, x1 * 3, fx, fy);
    }
}
