using ContentPacker.Sample.Content;
using SkiaSharp;

namespace ContentPacker.Sample.Art;

/// <summary>The 1200 by 800 picture of a case study: role name and industry beside its illustration.</summary>
internal static class CaseStudyArt
{
    public const int Width = 1200;
    public const int Height = 800;

    public static SKBitmap Paint(CaseStudyPlan study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        var all = new SKRect(0, 0, Width, Height);
        using (var back = Ink.Vertical(all, Palette.Navy, Palette.NavyDeep)) canvas.DrawRect(all, back);
        using (var halo = Ink.Fill(Palette.Mix(Palette.Navy, study.Accent, 0.22f))) canvas.DrawCircle(900, 400, 380, halo);
        using (var ring = Ink.Stroke(Palette.Mix(Palette.Navy, study.Accent, 0.45f), 6)) canvas.DrawCircle(900, 400, 330, ring);
        using (var bar = Ink.Fill(study.Accent)) canvas.DrawRect(new SKRect(0, 0, Width, 16), bar);
        var picture = new SKRect(640, 210, 1140, 560);
        using (var frame = Ink.Fill(Palette.Frame)) canvas.DrawRect(Grow(picture, 12), frame);
        Illustrations.Draw(canvas, study.Art, picture);
        Ink.Text(canvas, study.Industry.En.ToUpperInvariant(), 70, 150, 34, study.Accent, bold: true, align: SKTextAlign.Left);
        float y = 260;
        foreach (var line in Wrap(study.Role.En, Fonts.Bold, 76, 520))
        {
            Ink.Text(canvas, line, 70, y, 76, Palette.OffWhite, bold: true, align: SKTextAlign.Left);
            y += 90;
        }

        foreach (var line in Wrap(study.Role.Cy, Fonts.Regular, 42, 520))
        {
            Ink.Text(canvas, line, 70, y + 10, 42, Palette.Mix(study.Accent, Palette.OffWhite, 0.4f), align: SKTextAlign.Left);
            y += 54;
        }

        using (var rule = Ink.Fill(study.Accent)) canvas.DrawRect(new SKRect(70, 640, 190, 648), rule);
        var with = "AEIOUWY".Contains(study.Person[0], StringComparison.Ordinal) ? "ag" : "â";
        Ink.Text(canvas, $"Meet {study.Person}  ·  Dewch i gwrdd {with} {study.Person}", 70, 700, 34, Palette.OffWhite, align: SKTextAlign.Left);
        return bitmap;
    }

    private static SKRect Grow(SKRect rect, float by) => new(rect.Left - by, rect.Top - by, rect.Right + by, rect.Bottom + by);

    private static List<string> Wrap(string text, SKTypeface face, float size, float maxWidth)
    {
        using var font = new SKFont(face, size);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(line);
                candidate = word;
            }

            line = candidate;
        }

        lines.Add(line);
        return lines;
    }
}
