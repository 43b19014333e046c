using SkiaSharp;

namespace ExhibitionViewer.Overlay;

public sealed partial class OverlayPainter
{
    private readonly OverlayFonts fonts = new();
    private readonly Dictionary<string, QrModules> qrCodes = new(StringComparer.Ordinal);
    private byte[]? imageBytes;
    private SKImage? image;
    private (string Markdown, int Width, float Scale, BodyLayout Body)? body;
    private bool disposed;

    private OverlayLayout Layout(OverlayScene scene, int width, int height)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var decoded = ImageFor(scene.Panel?.Image);
        return OverlayLayout.Compute(fonts, scene, width, height, decoded is null ? null : new SKSizeI(decoded.Width, decoded.Height));
    }

    /// <summary>
    /// The decoded case-study image, decoded again only when the bytes change (the tour may hand over a new array of the
    /// same bytes each frame); bytes that do not decode leave the panel without an image.
    /// </summary>
    private SKImage? ImageFor(byte[]? bytes)
    {
        if (!ReferenceEquals(bytes, imageBytes) && !(bytes is not null && imageBytes is not null && bytes.AsSpan().SequenceEqual(imageBytes)))
        {
            image?.Dispose();
            imageBytes = bytes;
            image = bytes is { Length: > 0 } ? SKImage.FromEncodedData(bytes) : null;
        }

        return image;
    }

    private BodyLayout BodyFor(OverlayLayout layout)
    {
        var markdown = layout.Scene.Panel?.MarkdownBody ?? "";
        var width = layout.CaseStudy?.Body.Width ?? 0;
        if (body is not { } cached || cached.Markdown != markdown || cached.Width != width || cached.Scale != layout.Metrics.Scale)
        {
            var laidOut = MarkdownLayouter.Layout(markdown, width, layout.Metrics, fonts, QrFor);
            body = cached = (markdown, width, layout.Metrics.Scale, laidOut);
        }

        return cached.Body;
    }

    private QrModules QrFor(string url)
    {
        if (!qrCodes.TryGetValue(url, out var modules))
        {
            if (qrCodes.Count > 64)
            {
                qrCodes.Clear();
            }

            modules = QrModules.Create(url);
            qrCodes[url] = modules;
        }

        return modules;
    }

    private float MaxScrollCore(OverlayLayout layout) =>
        layout.CaseStudy is { } panel ? Math.Max(0, MathF.Ceiling(BodyFor(layout).Height - panel.Body.Height)) : 0;
}
