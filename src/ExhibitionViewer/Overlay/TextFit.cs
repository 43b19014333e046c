using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>Plain-text measuring helpers: ellipsis, word wrap, vertical centring of a line.</summary>
internal static class TextFit
{
    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/>, cut with an ellipsis if wider than <paramref name="maxWidth"/>.</summary>
    public static string Ellipsize(SKFont font, string text, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var room = Math.Max(0, maxWidth - font.MeasureText(Ellipsis));
        var count = (int)font.BreakText(text, room);
        return text[..count].TrimEnd() + Ellipsis;
    }

    /// <summary>Greedy word wrap; a word wider than the line (a long address) is broken between characters.</summary>
    public static List<string> Wrap(SKFont font, string text, float maxWidth, int maxLines = int.MaxValue)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= maxWidth)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (font.MeasureText(line) > maxWidth && line.Length > 1)
                {
                    var count = Math.Max(1, (int)font.BreakText(line, maxWidth));
                    lines.Add(line[..count]);
                    line = line[count..];
                }
            }

            lines.Add(line);
        }

        if (lines.Count > maxLines)
        {
            lines[maxLines - 1] = Ellipsize(font, lines[maxLines - 1] + " " + lines[maxLines], maxWidth);
            lines.RemoveRange(maxLines, lines.Count - maxLines);
        }

        return lines;
    }

    /// <summary>The baseline that centres a line of this font vertically in a box of the given top and height.</summary>
    public static float Baseline(SKFont font, float top, float height)
    {
        var metrics = font.Metrics;
        return top + (height - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
    }
}
