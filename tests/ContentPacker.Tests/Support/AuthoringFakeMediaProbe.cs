using ContentPacker.Authoring;
using ContentPacker.Media;

namespace ContentPacker.Tests.Support;

/// <summary>Media probes answering from tables keyed by path relative to the authoring folder, so rule tests need no decoding.</summary>
internal sealed class AuthoringFakeMediaProbe(string folder) : IAuthoringMediaProbe
{
    public Dictionary<string, ImageInfo> Images { get; } = [];

    public Dictionary<string, VideoInfo> Videos { get; } = [];

    public Dictionary<string, IReadOnlyList<(int Line, string Message)>> CaptionProblems { get; } = [];

    /// <summary>When set, every probe throws it (as an unfinished or broken probe would).</summary>
    public Exception? Failure { get; set; }

    public ImageInfo ReadImage(string file) =>
        Failure is not null ? throw Failure
        : Images.TryGetValue(Relative(file), out var info) ? info
        : throw new MediaException($"{file} is not a JPEG, PNG or TIFF image.");

    public VideoInfo ProbeVideo(string file) =>
        Failure is not null ? throw Failure
        : Videos.TryGetValue(Relative(file), out var info) ? info
        : throw new MediaException($"ffprobe cannot read {file}.");

    public IReadOnlyList<(int Line, string Message)> CheckCaptions(string file) =>
        Failure is not null ? throw Failure
        : CaptionProblems.TryGetValue(Relative(file), out var problems) ? problems : [];

    private string Relative(string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');
}
