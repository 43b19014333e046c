using System.Text.Json;
using ContentPacker.Authoring;
using ContentPacker.Media;
using ContentPacker.Media.Ffmpeg;
using ContentPacker.Media.Panorama;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;

namespace ContentPacker.Building;

internal sealed partial class BundleBuilder
{
    private const string PyramidFile = "pyramid.json";
    private const string VideoInfoFile = "video-info.json";

    private Scene AddScene(BundleWriter writer, AuthoredScene scene)
    {
        var prefix = EntryLayout.ScenePrefix(scene.Id);
        var built = new Scene
        {
            Id = scene.Id,
            Title = scene.Title,
            InitialView = scene.View,
            Limits = scene.Limits,
            NorthOffset = scene.NorthOffset,
            Hotspots = scene.Hotspots,
        };
        if (scene.Panorama is { } panorama)
            return built with { Panorama = AddPanorama(writer, scene.Id, prefix, panorama) };
        if (scene.Video is { } video)
            return built with { Video = AddVideo(writer, scene.Id, video) };
        throw new InvalidOperationException($"Scene '{scene.Id}' has neither panorama nor video; validation should have caught it.");
    }

    private CubePyramid AddPanorama(BundleWriter writer, string sceneId, string prefix, PanoramaSource source)
    {
        var (files, shape) = source switch
        {
            EquirectSource e => (new[] { e.File }, $"equirect {e.Extent}"),
            CubeFacesSource c => (Enum.GetValues<CubeFace>().Select(f => c.Files[f]).ToArray(), "cube"),
            _ => throw new InvalidOperationException($"Unknown panorama source {source.GetType().Name}."),
        };
        var settings = $"{shape} {_options.Tiling} tiler-v1";
        var folder = Convert($"Tiling panorama '{sceneId}'", "panoramas", DerivedMediaCache.Key("panorama", settings, files),
            (scratch, progress) =>
            {
                var pyramid = PanoramaTiler.Tile(source, scratch, "", _options.Tiling, progress);
                File.WriteAllBytes(Path.Combine(scratch, PyramidFile), JsonSerializer.SerializeToUtf8Bytes(pyramid, PackerJson.Options));
            });

        AddFolder(writer, folder, prefix, relative => relative != PyramidFile);
        var cached = JsonSerializer.Deserialize<CubePyramid>(File.ReadAllBytes(Path.Combine(folder, PyramidFile)), PackerJson.Options)
            ?? throw new InvalidDataException($"{folder}/{PyramidFile} is empty; delete the cache folder and build again.");
        return cached with
        {
            TilePathTemplate = prefix + cached.TilePathTemplate,
            PreviewPath = prefix + cached.PreviewPath,
        };
    }

    private VideoMedia AddVideo(BundleWriter writer, string sceneId, AuthoredVideo video)
    {
        var folder = Convert($"Preparing video '{sceneId}'", "videos", DerivedMediaCache.Key("video", "preparer-v1 " + FfmpegTools.VersionLine, video.File),
            (scratch, progress) =>
            {
                var prepared = VideoPreparer.Prepare(video.File, scratch, progress);
                File.WriteAllBytes(Path.Combine(scratch, VideoInfoFile), JsonSerializer.SerializeToUtf8Bytes(prepared.Info, PackerJson.Options));
            });
        var info = JsonSerializer.Deserialize<VideoInfo>(File.ReadAllBytes(Path.Combine(folder, VideoInfoFile)), PackerJson.Options)
            ?? throw new InvalidDataException($"{folder}/{VideoInfoFile} is empty; delete the cache folder and build again.");

        writer.AddFile(EntryLayout.Video(sceneId), Path.Combine(folder, "video.mp4"));
        writer.AddFile(EntryLayout.Poster(sceneId), Path.Combine(folder, "poster.jpg"));
        var captions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, file) in video.CaptionFiles.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            captions[language] = EntryLayout.Captions(sceneId, language);
            writer.AddFile(captions[language], file);
        }
        return new VideoMedia
        {
            Path = EntryLayout.Video(sceneId),
            Width = info.Width,
            Height = info.Height,
            DurationSeconds = info.DurationSeconds,
            FramesPerSecond = info.FramesPerSecond,
            HasAudio = info.AudioCodec is not null,
            PosterPath = EntryLayout.Poster(sceneId),
            Captions = captions,
            Loop = video.Loop,
            NextScene = video.Next,
        };
    }
}
