using System.Globalization;

namespace ContentPacker.Building;

/// <summary>Where the packer puts things inside a bundle. The tour names every path, so only the packer relies on this.</summary>
internal static class EntryLayout
{
    public static string ScenePrefix(string sceneId) => $"scenes/{sceneId}/";

    public static string CaseStudyPrefix(string caseStudyId) => $"case-studies/{caseStudyId}/";

    public static string Video(string sceneId) => ScenePrefix(sceneId) + "video.mp4";

    public static string Poster(string sceneId) => ScenePrefix(sceneId) + "poster.jpg";

    public static string Captions(string sceneId, string language) => ScenePrefix(sceneId) + $"captions.{language}.vtt";

    public static string CaseStudyBody(string caseStudyId, string language) => CaseStudyPrefix(caseStudyId) + $"body.{language}.md";

    public static string CaseStudyImage(string caseStudyId) => CaseStudyPrefix(caseStudyId) + "image.jpg";

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0 'KB'", CultureInfo.InvariantCulture),
        < 1024L * 1024 * 1024 => (bytes / 1048576.0).ToString("0.0 'MB'", CultureInfo.InvariantCulture),
        _ => (bytes / 1073741824.0).ToString("0.00 'GB'", CultureInfo.InvariantCulture),
    };
}
