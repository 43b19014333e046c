using System.Diagnostics;

namespace ExhibitionViewer.Video;

/// <summary>Elapsed time that only advances while running.</summary>
internal sealed class PausableTimer
{
    private readonly Stopwatch watch = new();

    public double Seconds => watch.Elapsed.TotalSeconds;

    public bool IsRunning => watch.IsRunning;

    public void Run(bool running)
    {
        if (running)
        {
            watch.Start();
        }
        else
        {
            watch.Stop();
        }
    }
}
