using ContentPacker.Media;

namespace ContentPacker.Authoring;

/// <summary>Cheap header checks of named media, reported against the field that names the file.</summary>
internal static partial class MediaChecks
{
    /// <summary>Runs a probe; any failure (a bad file, a missing tool, a probe not yet built) becomes a problem, never a crash.</summary>
    private static bool TryProbe<T>(AuthoringContext context, ResolvedFile file, string what, Func<string, T> probe, out T? result)
    {
        try
        {
            result = probe(file.Absolute);
            return true;
        }
        catch (Exception e)
        {
            var why = e switch
            {
                MediaException => e.Message,
                NotImplementedException => $"this build of the packer cannot read {what}s yet.",
                _ => $"{e.GetType().Name}: {e.Message}",
            };
            context.Problems.Add(file.Spot, file.Field, $"'{file.Relative}' cannot be read as {Article(what)} {what}: {why}");
            result = default;
            return false;
        }
    }

    private static ImageInfo? ReadImage(AuthoringContext context, ResolvedFile file) =>
        TryProbe(context, file, "image", context.Probe.ReadImage, out var info) ? info : null;

    private static string Article(string what) => what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    public static void Image(AuthoringContext context, ResolvedFile file) => ReadImage(context, file);

    public static void Video(AuthoringContext context, ResolvedFile file) =>
        TryProbe(context, file, "video", context.Probe.ProbeVideo, out _);

    /// <summary>Reports each WebVTT problem against the caption file's own line.</summary>
    public static void Captions(AuthoringContext context, ResolvedFile file)
    {
        IReadOnlyList<(int Line, string Message)> found;
        try
        {
            found = context.Probe.CheckCaptions(file.Absolute);
        }
        catch (Exception e)
        {
            var why = e is NotImplementedException ? "this build of the packer cannot check captions yet." : e.Message;
            context.Problems.Add(file.Spot, file.Field, $"'{file.Relative}' could not be checked as WebVTT: {why}");
            return;
        }

        foreach (var (line, message) in found)
        {
            context.Problems.Add(new SourceSpot(file.Relative, Math.Max(0, line), line > 0 ? 1 : 0), file.Field, message);
        }
    }
}
