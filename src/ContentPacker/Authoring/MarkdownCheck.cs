using System.Buffers;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentPacker.Authoring;

/// <summary>
/// Checks a case-study body as plain CommonMark: UTF-8, not empty, no raw HTML (kiosks do not show it), no images
/// (use <c>image:</c>), and only absolute http(s) links (they are shown as QR codes).
/// </summary>
internal static class MarkdownCheck
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static void Check(AuthoringContext context, ResolvedFile file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Absolute);
        }
        catch (IOException e)
        {
            context.Problems.Add(file.Spot, file.Field, $"'{file.Relative}' cannot be read: {e.Message}");
            return;
        }

        if (InvalidUtf8Line(bytes) is { } badLine)
        {
            Add(context, file, badLine, "is not UTF-8 text: save it as UTF-8.");
            return;
        }

        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(context, file, 0, "is empty: write the case study's text.");
            return;
        }

        foreach (var item in Markdown.Parse(text, Pipeline).Descendants())
        {
            if (Problem(item) is { } message)
            {
                Add(context, file, item.Line + 1, message, item.Column + 1);
            }
        }
    }

    private static string? Problem(MarkdownObject item) => item switch
    {
        HtmlBlock or HtmlInline => "raw HTML is not shown on kiosks; write Markdown instead.",
        LinkInline { IsImage: true } => "images inside Markdown are not supported: give the case study's picture with 'image:' in exhibition.yaml.",
        LinkInline { Url: var url } when !AuthoringRules.IsWebUrl(url ?? "") =>
            $"link '{url}' is not a full web address: links are shown as QR codes, so write them as https://...",
        AutolinkInline { Url: var url } when !AuthoringRules.IsWebUrl(url) =>
            $"link '{url}' is not a full web address: links are shown as QR codes, so write them as https://...",
        _ => null,
    };

    private static void Add(AuthoringContext context, ResolvedFile file, int line, string message, int column = 1) =>
        context.Problems.Add(new SourceSpot(file.Relative, line, line > 0 ? column : 0), file.Field, message);

    /// <summary>The 1-based line holding the first byte that is not valid UTF-8, or null when all are.</summary>
    private static int? InvalidUtf8Line(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return span[..offset].Count((byte)'\n') + 1;
            }

            offset += consumed;
        }

        return null;
    }
}
