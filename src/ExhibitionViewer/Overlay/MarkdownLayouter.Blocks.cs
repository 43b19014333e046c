using Markdig.Syntax;
using SkiaSharp;

namespace ExhibitionViewer.Overlay;

internal sealed partial class MarkdownLayouter
{
    private void Blocks(ContainerBlock container, float indent, TextStyle style, SKColor color, bool tight)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var size = heading.Level switch { 1 => metrics.Heading1, 2 => metrics.Heading2, _ => metrics.Heading3 };
                    y += y > 0 ? 2 * G : 0;
                    Paragraph(Runs(heading.Inline, style | TextStyle.Bold), indent, size, 1.25f, heading.Level >= 3 ? OverlayPalette.Accent : color);
                    Space(1.5f * G);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(Runs(paragraph.Inline, style), indent, metrics.Body, 1.45f, color);
                    Space(tight ? 0.75f * G : 2.5f * G);
                    break;
                case ListBlock list:
                    List(list, indent, style, color);
                    Space(tight ? 0.75f * G : 2.5f * G);
                    break;
                case QuoteBlock quote:
                    var top = y;
                    Blocks(quote, indent + 4 * G, style | TextStyle.Italic, OverlayPalette.TextMuted, tight);
                    AddShape(indent + G, top, 0.75f * G, y - trailingSpace - top, 0.375f * G, OverlayPalette.Accent);
                    break;
                case ThematicBreakBlock:
                    AddShape(indent, y + G, width - indent, Math.Max(1, 0.25f * G), 0, OverlayPalette.TextMuted.WithAlpha(120));
                    Space(4 * G);
                    break;
                case CodeBlock code:
                    Paragraph([new InlineRun(code.Lines.ToString(), style, null)], indent + 2 * G, metrics.Body, 1.45f, OverlayPalette.TextMuted);
                    Space(2.5f * G);
                    break;
                case HtmlBlock or LinkReferenceDefinitionGroup:
                    break;
                case ContainerBlock other:
                    Blocks(other, indent, style, color, tight);
                    break;
                case LeafBlock { Inline: { } inline }:
                    Paragraph(Runs(inline, style), indent, metrics.Body, 1.45f, color);
                    Space(2.5f * G);
                    break;
            }
        }
    }

    /// <summary>Accent bullets or right-aligned numbers in a gutter; items' first lines align with their markers.</summary>
    private void List(ListBlock list, float indent, TextStyle style, SKColor color)
    {
        var font = fonts.Get(TextStyle.Bold, metrics.Body);
        var lineHeight = 1.45f * metrics.Body;
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var gutter = list.IsOrdered ? font.MeasureText($"{number + list.Count}.") + 1.5f * G : 4 * G;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (list.IsOrdered)
            {
                var label = $"{number++}.";
                result.Texts.Add(new PlacedText(label, indent + gutter - 1.5f * G - font.MeasureText(label),
                    TextFit.Baseline(font, y, lineHeight), TextStyle.Bold, metrics.Body, OverlayPalette.Accent, false));
            }
            else
            {
                var dot = 1.25f * G;
                AddShape(indent + G, y + (lineHeight - dot) / 2, dot, dot, dot / 2, OverlayPalette.Accent);
            }

            Blocks(item, indent + gutter, style, color, tight: !list.IsLoose);
        }

        y -= trailingSpace;
    }
}
