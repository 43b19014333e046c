using SkiaSharp;

namespace ExhibitionViewer.Overlay;

internal sealed partial class MarkdownLayouter
{
    /// <summary>Word-wraps styled runs into lines at <c>y</c>, then shows the QR code of each new link it contained.</summary>
    private void Paragraph(List<InlineRun> runs, float indent, float size, float leading, SKColor color)
    {
        var lineHeight = leading * size;
        var maxWidth = Math.Max(G, width - indent);
        var line = new List<(string Text, TextStyle Style, string? Url, float X)>();
        var x = 0f;
        void Commit()
        {
            if (line.Count > 0 && string.IsNullOrWhiteSpace(line[^1].Text))
            {
                line.RemoveAt(line.Count - 1);
            }

            Emit(line, indent, size, lineHeight, color);
            y += lineHeight;
            line.Clear();
            x = 0;
        }

        foreach (var run in runs)
        {
            var font = fonts.Get(run.Style, size);
            foreach (var token in Tokens(run.Text))
            {
                if (token == "\n")
                {
                    Commit();
                    continue;
                }

                if (token == " ")
                {
                    if (x > 0 && line[^1].Text != " ")
                    {
                        line.Add((" ", run.Style, run.Url, x));
                        x += font.MeasureText(" ");
                    }

                    continue;
                }

                var rest = token;
                var w = font.MeasureText(rest);
                if (x + w > maxWidth && x > 0)
                {
                    Commit();
                }

                while (w > maxWidth && rest.Length > 1)
                {
                    var count = Math.Max(1, (int)font.BreakText(rest, maxWidth));
                    line.Add((rest[..count], run.Style, run.Url, x));
                    Commit();
                    rest = rest[count..];
                    w = font.MeasureText(rest);
                }

                line.Add((rest, run.Style, run.Url, x));
                x += w;
            }
        }

        if (line.Count > 0)
        {
            Commit();
        }

        foreach (var url in runs.Select(r => r.Url).OfType<string>().Distinct(StringComparer.Ordinal).Where(shownUrls.Add))
        {
            Qr(url, indent);
        }
    }

    /// <summary>Joins neighbouring pieces of the same style into one run of text per style on the line.</summary>
    private void Emit(List<(string Text, TextStyle Style, string? Url, float X)> line, float indent, float size, float lineHeight, SKColor color)
    {
        var baseline = TextFit.Baseline(fonts.Get(TextStyle.Regular, size), y, lineHeight);
        for (var i = 0; i < line.Count;)
        {
            var (text, style, url, x) = line[i];
            var j = i + 1;
            for (; j < line.Count && line[j].Style == style && line[j].Url == url; j++)
            {
                text += line[j].Text;
            }

            result.Texts.Add(new PlacedText(text, indent + x, baseline, style, size, url is null ? color : OverlayPalette.Accent, url is not null));
            i = j;
        }
    }

    private void Qr(string url, float indent)
    {
        var size = (int)MathF.Round(22 * G);
        var top = (int)MathF.Ceiling(y + G);
        result.Qrs.Add(new PlacedQr(SKRectI.Create((int)MathF.Round(indent), top, size, size), qrFor(url), url));
        y = top + size + G;
        var font = fonts.Get(TextStyle.Regular, metrics.Caption);
        var lineHeight = 1.35f * metrics.Caption;
        foreach (var text in TextFit.Wrap(font, url, Math.Max(G, width - indent), 3))
        {
            result.Texts.Add(new PlacedText(text, indent, TextFit.Baseline(font, y, lineHeight), TextStyle.Regular, metrics.Caption,
                OverlayPalette.TextMuted, false));
            y += lineHeight;
        }

        y += G;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '\t' or '\n' or '\r')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return text[i] == '\n' ? "\n" : " ";
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
