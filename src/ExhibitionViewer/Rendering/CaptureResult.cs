namespace ExhibitionViewer.Rendering;

/// <summary>The outcome of an <see cref="OffscreenCapture"/>.</summary>
/// <param name="Image">The rendered pixels, top row first.</param>
/// <param name="Complete">Whether every needed tile was resident in the captured frame.</param>
/// <param name="Frames">Frames drawn until then.</param>
/// <param name="Elapsed">Time taken, loading included.</param>
/// <param name="Level">The pyramid level drawn.</param>
public sealed record CaptureResult(DecodedImage Image, bool Complete, int Frames, TimeSpan Elapsed, int Level);
