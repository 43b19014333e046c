using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Exhibition.Bundle.Model;
using ExhibitionViewer.App;
using ExhibitionViewer.Rendering;
using Serilog;

namespace ExhibitionViewer.Video;

/// <summary>
/// Opens a video scene off the render thread: its byte range in the bundle, ffprobe, the caption files, the poster
/// and the playback's ffmpeg children. Everything that blocks (process start, reads) happens here, not in a frame.
/// </summary>
internal static class VideoOpener
{
    private static readonly ConditionalWeakTable<BundleContent, ConcurrentDictionary<string, Task>> Verified = new();

    /// <summary>Starts opening <paramref name="media"/>; the task fails with the reason when the video cannot play.</summary>
    public static Task<OpenedVideo> Start(VideoMedia media, IExhibitionContent content, FfmpegTools tools, IAudioOutput? audio, bool autoPlay = true)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(tools);
        return Task.Run(() => Open(media, content, tools, audio, autoPlay));
    }

    /// <summary>Where ffmpeg reads the video: the bundle file by byte range, or the file of an unpacked folder.</summary>
    public static VideoSource SourceOf(IExhibitionContent content, string entryPath)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content switch
        {
            BundleContent bundle => VideoSource.FromBundle(bundle.Reader, entryPath),
            FolderContent folder => new VideoSource(folder.FileOf(entryPath), null),
            _ => throw new InvalidDataException($"{content.Location} cannot hand the video {entryPath} to ffmpeg"),
        };
    }

    private static OpenedVideo Open(VideoMedia media, IExhibitionContent content, FfmpegTools tools, IAudioOutput? audio, bool autoPlay)
    {
        var source = SourceOf(content, media.Path);
        var info = VideoProbe.Probe(tools, source);
        var options = VideoPlaybackOptions.FromMedia(media, audio, content.ReadEntry) with { AutoPlay = autoPlay };
        var poster = ReadPoster(media, content);
        return new OpenedVideo(new VideoPlayback(tools, source, info, options), poster, Verify(content, media.Path));
    }

    /// <summary>
    /// Checks the video's bytes against the manifest, as every other bundle read is checked, while it already plays:
    /// ffmpeg reads the bundle directly, so a damaged or altered film would otherwise play unnoticed. Each entry is
    /// checked once per open bundle.
    /// </summary>
    public static Task Verify(IExhibitionContent content, string entryPath)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content is not BundleContent bundle)
        {
            // An unpacked folder is the author's own work in progress: nothing signed to check against.
            return Task.CompletedTask;
        }

        return Verified.GetOrCreateValue(bundle).GetOrAdd(entryPath, path => Task.Run(() =>
        {
            using var entry = bundle.Reader.OpenEntry(path);
            entry.CopyTo(Stream.Null, 1 << 20);
        }));
    }

    private static DecodedImage? ReadPoster(VideoMedia media, IExhibitionContent content)
    {
        try
        {
            return ImageDecoder.Decode(content.ReadEntry(media.PosterPath));
        }
        catch (Exception e) when (ContentOpener.IsContentError(e) || e is ArgumentException)
        {
            // The video can still play; only the first moments are black.
            Log.Warning(e, "The poster {Poster} of video {Video} cannot be read", media.PosterPath, media.Path);
            return null;
        }
    }
}
