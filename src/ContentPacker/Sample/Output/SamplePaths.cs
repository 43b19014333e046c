namespace ContentPacker.Sample.Output;

/// <summary>Where each file of the sample lives, relative to the authoring folder, with <c>/</c> separators.</summary>
internal static class SamplePaths
{
    public const string Yaml = "exhibition.yaml";
    public const string Video = "video/studio-interview.mp4";

    public static readonly string[] CubeFaces = ["front", "right", "back", "left", "up", "down"];

    public static string Panorama(string scene) => $"panoramas/{scene}.jpg";

    public static string CubeFace(string scene, string face) => $"panoramas/{scene}/{face}.jpg";

    public static string Captions(string language) => $"video/studio-interview.{language}.vtt";

    public static string CaseStudyBody(string id, string language) => $"case-studies/{id}.{language}.md";

    public static string CaseStudyImage(string id) => $"images/{id}.jpg";

    /// <summary>The absolute path of a relative sample path under <paramref name="root"/>.</summary>
    public static string Under(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
}
