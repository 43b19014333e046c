using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Scripting;

/// <summary>What a script can see of the viewer at the start of a frame.</summary>
/// <param name="Projection">The current view and screen size.</param>
/// <param name="SceneId">The current scene.</param>
/// <param name="ViewComplete">Whether every tile the view needs is on screen.</param>
/// <param name="VideoSeconds">The video scene's time, or null outside a video scene.</param>
public readonly record struct ScriptFrame(ViewProjection Projection, string SceneId, bool ViewComplete, double? VideoSeconds = null);
