namespace ExhibitionViewer.App;

/// <summary>
/// Times scene changes for <c>--stats</c>: from the start of the frame that took the tap to the new scene on screen,
/// and on to its entry view in full detail.
/// </summary>
internal sealed class SceneChangeTimer(int sceneVersion)
{
    private int shown = sceneVersion;
    private TimeSpan? started;

    /// <summary>Whether the scene changed since the last call.</summary>
    public bool Changed(int sceneVersion)
    {
        var changed = sceneVersion != shown;
        shown = sceneVersion;
        return changed;
    }

    /// <summary>Records a drawn frame that started at <paramref name="frameStart"/> and was on screen at <paramref name="now"/>.</summary>
    public void Drawn(bool changed, TimeSpan frameStart, TimeSpan now, bool complete, RunStats stats)
    {
        if (changed)
        {
            stats.AddSceneChange(now - frameStart);
            started = frameStart;
        }

        if (started is { } since && complete)
        {
            stats.AddSceneDetail(now - since);
            started = null;
        }
    }
}
