namespace ExhibitionViewer.Overlay;

/// <summary>
/// Whether two overlay scenes draw the same. Record equality compares the lists by reference, and the tour builds a
/// new scene every frame, so this compares their contents instead.
/// </summary>
internal static class OverlaySceneComparer
{
    public static bool SameContent(OverlayScene? a, OverlayScene? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return a.Language == b.Language
            && a.SceneTitle == b.SceneTitle
            && a.Message == b.Message
            && a.Opacity.Equals(b.Opacity)
            && Equals(a.Link, b.Link)
            && SamePanel(a.Panel, b.Panel)
            && a.Languages.SequenceEqual(b.Languages)
            && a.Hotspots.SequenceEqual(b.Hotspots);
    }

    /// <summary>Panels are records too, but hold the image as a byte array: equal bytes in a new array count as the same.</summary>
    private static bool SamePanel(CaseStudyPanel? a, CaseStudyPanel? b) =>
        a is null || b is null
            ? a is null && b is null
            : a with { Image = null } == b with { Image = null }
              && (ReferenceEquals(a.Image, b.Image) || (a.Image is not null && b.Image is not null && a.Image.AsSpan().SequenceEqual(b.Image)));
}
