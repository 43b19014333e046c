using System.Runtime.InteropServices;
using SkiaSharp;

namespace ContentPacker.Sample.Rooms;

/// <summary>Renders a room as an equirectangular panorama or as Pannellum-oriented cube faces, rows in parallel.</summary>
internal static class PanoramaRenderer
{
    /// <summary>Renders the full sphere as a 2:1 equirectangular image; yaw 0 is the centre column.</summary>
    public static SKBitmap Equirect(RoomRaycaster room, int width)
    {
        int height = width / 2;
        var sinYaw = new double[width];
        var cosYaw = new double[width];
        for (int x = 0; x < width; x++)
        {
            double yaw = ((((x + 0.5) / width) * 360) - 180) * Math.PI / 180;
            sinYaw[x] = Math.Sin(yaw);
            cosYaw[x] = Math.Cos(yaw);
        }

        return Render(width, height, (row, pixels) =>
        {
            double pitch = (90 - (((row + 0.5) / height) * 180)) * Math.PI / 180;
            double cp = Math.Cos(pitch), sp = Math.Sin(pitch);
            for (int x = 0; x < width; x++)
            {
                Put(pixels, x, room.Shade(cp * sinYaw[x], sp, cp * cosYaw[x]));
            }
        });
    }

    /// <summary>Renders one cube face as Pannellum orients it (front yaw 0, right yaw 90, up's bottom edge on front's top edge).</summary>
    public static SKBitmap CubeFace(RoomRaycaster room, string face, int size) => Render(size, size, (row, pixels) =>
    {
        double b = 1 - ((2 * (row + 0.5)) / size);
        for (int x = 0; x < size; x++)
        {
            double a = ((2 * (x + 0.5)) / size) - 1;
            var colour = face switch
            {
                "front" => room.Shade(a, b, 1),
                "right" => room.Shade(1, b, -a),
                "back" => room.Shade(-a, b, -1),
                "left" => room.Shade(-1, b, a),
                "up" => room.Shade(a, 1, -b),
                "down" => room.Shade(a, -1, b),
                _ => throw new ArgumentOutOfRangeException(nameof(face), face, "Not a cube face name."),
            };
            Put(pixels, x, colour);
        }
    });

    private static SKBitmap Render(int width, int height, Action<int, byte[]> renderRow)
    {
        var buffer = new byte[width * height * 4];
        Parallel.For(0, height, () => new byte[width * 4], (row, _, pixels) =>
        {
            renderRow(row, pixels);
            Buffer.BlockCopy(pixels, 0, buffer, row * width * 4, pixels.Length);
            return pixels;
        }, _ => { });
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Marshal.Copy(buffer, 0, bitmap.GetPixels(), buffer.Length);
        return bitmap;
    }

    private static void Put(byte[] pixels, int x, Rgb colour)
    {
        pixels[x * 4] = ToByte(colour.R);
        pixels[(x * 4) + 1] = ToByte(colour.G);
        pixels[(x * 4) + 2] = ToByte(colour.B);
        pixels[(x * 4) + 3] = 255;
    }

    private static byte ToByte(float value) => (byte)Math.Clamp((int)(value + 0.5f), 0, 255);
}
