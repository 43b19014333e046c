using Exhibition.Bundle.Model;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Overlay.Support;

/// <summary>Overlay scenes used across the overlay tests.</summary>
internal static class OverlayScenes
{
    public const string ShortBody = "A short note.";

    public const string LongBody = """
        ## What I do
        I keep the **museum's lighting and sound** working, so every visitor sees the paintings at their best. Most days
        start with a walk round the galleries with a light meter, checking that nothing has drifted overnight.

        ### A typical week
        - Checking and replacing *conservation-grade* lamps
        - Programming the sound for a new exhibition
        - Training volunteers to use the audio guides

        ### How I got here
        1. A BTEC in electrical engineering at my local college
        2. An apprenticeship with a theatre lighting company
        3. Four years at the National Museum

        > The best part is opening night, when everything just works and nobody notices.

        Find out more about technician careers at [Technicians Make It Happen](https://example.org/careers/technicians).
        """;

    public static OverlayScene Base(params HotspotMarker[] markers) => new()
    {
        Language = "en",
        Languages = ["en"],
        SceneTitle = "",
        Hotspots = markers,
    };

    public static HotspotMarker Marker(string id, double x, double y, bool focused = false, HotspotKind kind = HotspotKind.CaseStudy,
        string label = "Lighting technician") =>
        new(id, kind, label, new ScreenPoint(x, y), focused);

    public static OverlayScene WithPanel(string body, float scroll = 0, byte[]? image = null) =>
        Base(Marker("behind", 960, 540)) with
        {
            Panel = new CaseStudyPanel("lighting", "Amira, lighting technician", "Lighting and sound technician", "Museums and heritage",
                body, image, scroll),
        };
}
