using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Touring;

/// <summary>A cross-fade in progress: the scene being left, seen as it was when left, fading under the new one.</summary>
/// <param name="From">The scene being left.</param>
/// <param name="FromProjection">Its last view (it stays still while it fades).</param>
/// <param name="Duration">Length of the fade in seconds.</param>
public sealed record SceneTransition(Scene From, ViewProjection FromProjection, double Duration)
{
    /// <summary>Seconds since the fade began.</summary>
    public double Elapsed { get; private set; }

    /// <summary>The new scene's opacity, 0..1.</summary>
    public double Progress => Duration <= 0 ? 1 : Math.Clamp(Elapsed / Duration, 0, 1);

    /// <summary>Whether the fade has finished.</summary>
    public bool IsComplete => Progress >= 1;

    /// <summary>Advances the fade.</summary>
    public void Advance(double seconds) => Elapsed += Math.Max(0, seconds);
}
