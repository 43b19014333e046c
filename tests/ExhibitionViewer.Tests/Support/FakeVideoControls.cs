using ExhibitionViewer.Platform;
using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Video controls that claim the presses <c>claims</c> picks (and the rest of each claimed press) and count taps on the scene.</summary>
internal sealed class FakeVideoControls(Func<InputEvent, bool> claims) : IVideoControls
{
    private bool holding;

    public int SceneTaps { get; private set; }

    public bool Handle(InputEvent e)
    {
        if (holding)
        {
            holding = e.Kind != InputEventKind.PointerUp;
            return true;
        }

        holding = claims(e);
        return holding;
    }

    public void TapScene() => SceneTaps++;
}
