namespace ContentPacker.Authoring;

/// <summary>Reads a scene's <c>video</c>: file, per-language captions, loop and next.</summary>
internal static class VideoReader
{
    private static readonly string[] Keys = ["file", "captions", "loop", "next"];

    public static AuthoredVideo? Read(MapReader scene)
    {
        if (scene.Child("video", Keys) is not { } map)
        {
            return null;
        }

        var file = map.FilePath("file", required: true);
        var captions = ReadCaptions(map);
        var loop = map.Bool("loop") ?? false;
        var next = map.Reference("next", ReferenceKind.AnyScene);
        if (loop && next is not null)
        {
            map.Report("next", "a looping video never ends, so 'next' would never be used: remove 'loop: true' or 'next'.");
        }

        if (file is not { } video)
        {
            return null;
        }

        scene.Context.MediaChecks.Add(() => MediaChecks.Video(scene.Context, video));
        return new AuthoredVideo(video.Absolute, captions, loop, next);
    }

    private static Dictionary<string, string> ReadCaptions(MapReader map)
    {
        var captions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Get("captions") is not { } node
            || map.LanguageEntries(node, map.Field("captions"), everyLanguage: false, what: "caption file") is not { } entries)
        {
            return captions;
        }

        foreach (var (language, (value, field)) in entries)
        {
            if (map.AsFile(value, field) is { } vtt)
            {
                captions[language] = vtt.Absolute;
                map.Context.MediaChecks.Add(() => MediaChecks.Captions(map.Context, vtt));
            }
        }

        return captions;
    }
}
