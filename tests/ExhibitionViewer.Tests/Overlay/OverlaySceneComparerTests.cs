using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Overlay.Support;

namespace ExhibitionViewer.Tests.Overlay;

public sealed class OverlaySceneComparerTests
{
    [Test]
    public void Scenes_built_afresh_with_the_same_content_are_the_same()
    {
        // Given two scenes built separately with equal content (new lists, a new copy of the image bytes)
        var a = OverlayScenes.WithPanel(OverlayScenes.LongBody, image: [1, 2, 3]) with { Languages = ["en", "cy"] };
        var b = OverlayScenes.WithPanel(OverlayScenes.LongBody, image: [1, 2, 3]) with { Languages = ["en", "cy"] };

        // When compared
        // Then they are the same content, though not equal as records
        Assert.That(a, Is.Not.EqualTo(b));
        Assert.That(OverlaySceneComparer.SameContent(a, b), Is.True);
    }

    [Test]
    public void A_changed_focus_scroll_or_language_is_a_different_scene()
    {
        // Given a scene
        var a = OverlayScenes.WithPanel(OverlayScenes.LongBody);

        // When one thing changes
        // Then the scenes differ
        Assert.That(OverlaySceneComparer.SameContent(a, a with { Panel = a.Panel! with { Scroll = 10 } }), Is.False);
        Assert.That(OverlaySceneComparer.SameContent(a, a with { Language = "cy" }), Is.False);
        Assert.That(OverlaySceneComparer.SameContent(a, a with { Hotspots = [a.Hotspots[0] with { Focused = true }] }), Is.False);
        Assert.That(OverlaySceneComparer.SameContent(a, null), Is.False);
    }
}
