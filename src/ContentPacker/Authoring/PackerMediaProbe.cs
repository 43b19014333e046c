using ContentPacker.Media;

namespace ContentPacker.Authoring;

/// <summary>The packer's real probes.</summary>
internal sealed class PackerMediaProbe : IAuthoringMediaProbe
{
    public static PackerMediaProbe Instance { get; } = new();

    public ImageInfo ReadImage(string file) => ImageProbe.Read(file);

    public VideoInfo ProbeVideo(string file) => VideoProbe.Probe(file);

    public IReadOnlyList<(int Line, string Message)> CheckCaptions(string file) => WebVtt.Check(file);
}
