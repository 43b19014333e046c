namespace ContentPacker.Media;

/// <summary>Runs ffprobe.</summary>
public static class VideoProbe
{
    /// <summary>Probes a video; throws <see cref="MediaException"/> naming the file if ffprobe cannot read it or is missing.</summary>
    public static VideoInfo Probe(string file) => throw new NotImplementedException();
}
