using ContentPacker.Media;

namespace ContentPacker.Authoring;

/// <summary>The media probes validation uses; a seam so rule tests need not decode real media.</summary>
internal interface IAuthoringMediaProbe
{
    ImageInfo ReadImage(string file);

    VideoInfo ProbeVideo(string file);

    IReadOnlyList<(int Line, string Message)> CheckCaptions(string file);
}
