using Markdig.Syntax.Inlines;

namespace ExhibitionViewer.Overlay;

internal sealed partial class MarkdownLayouter
{
    private static List<InlineRun> Runs(ContainerInline? inline, TextStyle style)
    {
        var runs = new List<InlineRun>();
        if (inline is not null)
        {
            Children(inline, style, null, runs);
        }

        return runs;
    }

    private static void Children(ContainerInline container, TextStyle style, string? url, List<InlineRun> runs)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            One(child, style, url, runs);
        }
    }

    private static void One(Inline inline, TextStyle style, string? url, List<InlineRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(new InlineRun(literal.Content.ToString(), style, url));
                break;
            case EmphasisInline emphasis:
                Children(emphasis, style | (emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic), url, runs);
                break;
            case LinkInline { IsImage: true } image:
                Children(image, style | TextStyle.Italic, url, runs);
                break;
            case LinkInline link:
                var before = runs.Count;
                var target = string.IsNullOrWhiteSpace(link.Url) ? url : link.Url;
                Children(link, style, target, runs);
                if (runs.Count == before && target is not null)
                {
                    runs.Add(new InlineRun(target, style, target));
                }

                break;
            case AutolinkInline autolink:
                runs.Add(new InlineRun(autolink.Url, style, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url));
                break;
            case CodeInline code:
                runs.Add(new InlineRun(code.Content, style, url));
                break;
            case LineBreakInline lineBreak:
                runs.Add(new InlineRun(lineBreak.IsHard ? "\n" : " ", style, url));
                break;
            case HtmlEntityInline entity:
                runs.Add(new InlineRun(entity.Transcoded.ToString(), style, url));
                break;
            case ContainerInline container:
                Children(container, style, url, runs);
                break;
        }
    }
}
