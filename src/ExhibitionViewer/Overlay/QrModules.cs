using QRCoder;
using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// A QR code's module grid (quiet zone included) from QRCoder, painted with Skia as whole-pixel squares so a phone
/// camera sees crisp edges.
/// </summary>
internal sealed class QrModules
{
    /// <summary>Medium error correction: survives a smudged screen without making the code too dense to read.</summary>
    public const QRCodeGenerator.ECCLevel Level = QRCodeGenerator.ECCLevel.M;

    private readonly bool[,] dark;

    private QrModules(bool[,] dark) => this.dark = dark;

    /// <summary>Modules per side, including the quiet zone.</summary>
    public int Count => dark.GetLength(0);

    public bool this[int row, int column] => dark[row, column];

    public static QrModules Create(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, Level);
        var matrix = data.ModuleMatrix;
        var grid = new bool[matrix.Count, matrix.Count];
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix.Count; column++)
            {
                grid[row, column] = matrix[row][column];
            }
        }

        return new QrModules(grid);
    }

    /// <summary>Where a module lands when the code fills <paramref name="area"/>: whole pixels, centred.</summary>
    public SKRectI ModuleRect(SKRectI area, int row, int column)
    {
        var module = Math.Max(1, Math.Min(area.Width, area.Height) / Count);
        var left = area.Left + (area.Width - module * Count) / 2;
        var top = area.Top + (area.Height - module * Count) / 2;
        return SKRectI.Create(left + column * module, top + row * module, module, module);
    }

    /// <summary>Paints a light rounded tile over <paramref name="area"/> and the dark modules on it.</summary>
    public void Draw(SKCanvas canvas, SKRectI area, float corner)
    {
        using var light = new SKPaint { Color = OverlayPalette.Text, IsAntialias = true };
        canvas.DrawRoundRect(area, corner, corner, light);
        using var ink = new SKPaint { Color = OverlayPalette.Navy, IsAntialias = false };
        for (var row = 0; row < Count; row++)
        {
            for (var column = 0; column < Count; column++)
            {
                if (dark[row, column])
                {
                    canvas.DrawRect(ModuleRect(area, row, column), ink);
                }
            }
        }
    }
}
