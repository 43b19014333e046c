using SkiaSharp;

namespace ExhibitionViewer.Overlay;

/// <summary>
/// Where everything of one overlay frame goes. Paint draws from it and HitTest tests against it, so what a visitor
/// sees is exactly what a tap finds.
/// </summary>
internal sealed partial class OverlayLayout
{
    private readonly OverlayFonts fonts;

    private OverlayLayout(OverlayFonts fonts, OverlayScene scene, int width, int height)
    {
        this.fonts = fonts;
        Scene = scene;
        Width = width;
        Height = height;
        Metrics = OverlayMetrics.For(width, height);
    }

    public OverlayScene Scene { get; }

    public int Width { get; }

    public int Height { get; }

    public OverlayMetrics Metrics { get; }

    /// <summary>Markers in drawing order (the focused one last, so its ring is on top).</summary>
    public IReadOnlyList<MarkerLayout> Markers { get; private set; } = [];

    public IReadOnlyList<LanguageButton> Languages { get; private set; } = [];

    public SKRect LanguageBar { get; private set; }

    public CaptionLayout? Title { get; private set; }

    public CaptionLayout? Message { get; private set; }

    public CaseStudyLayout? CaseStudy { get; private set; }

    public LinkLayout? Link { get; private set; }

    /// <summary>True when a panel covers the screen, so only the panel answers taps.</summary>
    public bool PanelOpen => CaseStudy is not null || Link is not null;

    /// <summary>Lays out <c>scene</c> at that size; <c>imageSize</c> is the decoded case-study image's, if it decoded.</summary>
    public static OverlayLayout Compute(OverlayFonts fonts, OverlayScene scene, int width, int height, SKSizeI? imageSize)
    {
        var layout = new OverlayLayout(fonts, scene, width, height);
        layout.Markers = layout.LayOutMarkers();
        layout.LayOutLanguages();
        layout.Title = layout.LayOutTitle();
        layout.Message = layout.LayOutMessage();
        layout.CaseStudy = scene.Panel is null ? null : layout.LayOutCaseStudy(scene.Panel, imageSize);
        layout.Link = scene.Link is null ? null : layout.LayOutLink(scene.Link);
        return layout;
    }

    private SKFont Font(TextStyle style, float size) => fonts.Get(style, size);
}
