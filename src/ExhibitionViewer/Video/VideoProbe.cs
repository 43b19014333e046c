using System.Globalization;
using System.Text.Json;

namespace ExhibitionViewer.Video;

/// <summary>Reads a video's frame size, rate, colour coding and sound track with ffprobe.</summary>
public static class VideoProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Probes <paramref name="source"/>; throws <see cref="InvalidDataException"/> if it holds no readable video.</summary>
    public static VideoStreamInfo Probe(FfmpegTools tools, VideoSource source)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentException.ThrowIfNullOrEmpty(source.FilePath);
        return ProbeCore(tools, source);
    }

    private static VideoStreamInfo ProbeCore(FfmpegTools tools, VideoSource source)
    {
        string[] arguments =
        [
            "-v", "error", "-show_entries",
            "stream=codec_type,width,height,avg_frame_rate,r_frame_rate,pix_fmt,color_space,color_range:format=duration",
            "-of", "json", source.Url,
        ];
        using var child = FfmpegProcess.Start(tools.Ffprobe, arguments);
        using var reader = new StreamReader(child.Output);
        // Read while waiting, so a hung ffprobe meets the timeout (disposing the child kills it) instead of blocking.
        var json = reader.ReadToEndAsync();
        if (!child.TryWaitForExit(Timeout, out var exit) || exit != 0)
        {
            throw new InvalidDataException($"ffprobe could not read the video {source}: {child.ErrorText}");
        }

        return Parse(json.GetAwaiter().GetResult()) ?? throw new InvalidDataException($"{source} has no video stream");
    }

    /// <summary>Reads ffprobe's JSON; null when it lists no video stream.</summary>
    internal static VideoStreamInfo? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var s) ? s.EnumerateArray().ToList() : [];
        var video = streams.FirstOrDefault(e => Text(e, "codec_type") == "video");
        if (video.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var width = video.GetProperty("width").GetInt32();
        var height = video.GetProperty("height").GetInt32();
        var fps = Rate(Text(video, "avg_frame_rate")) ?? Rate(Text(video, "r_frame_rate")) ?? 30;
        var duration = root.TryGetProperty("format", out var format) && double.TryParse(Text(format, "duration"),
            NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
        var matrix = Text(video, "color_space") switch
        {
            "bt709" => ColourMatrix.Bt709,
            "bt470bg" or "smpte170m" or "bt601" or "fcc" => ColourMatrix.Bt601,
            // Untagged: ffmpeg's and players' convention, SD is 601 and HD and up is 709.
            _ => height >= 720 ? ColourMatrix.Bt709 : ColourMatrix.Bt601,
        };
        var full = Text(video, "color_range") is "pc" or "jpeg" || (Text(video, "pix_fmt")?.StartsWith("yuvj", StringComparison.Ordinal) ?? false);
        var hasAudio = streams.Any(e => Text(e, "codec_type") == "audio");
        return new VideoStreamInfo(width, height, fps, duration, matrix, full ? ColourRange.Full : ColourRange.Limited, hasAudio);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Rate(string? text)
    {
        var parts = text?.Split('/') ?? [];
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && n > 0 && d > 0 ? n / d : null;
    }
}
