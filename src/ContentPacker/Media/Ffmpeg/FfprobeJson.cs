using System.Globalization;
using System.Text.Json;

namespace ContentPacker.Media.Ffmpeg;

/// <summary>Turns the JSON of <c>ffprobe -show_format -show_streams</c> into a <see cref="VideoInfo"/>.</summary>
internal static class FfprobeJson
{
    /// <summary>Reads the first real video stream (not cover art) and the first audio stream.</summary>
    public static VideoInfo Parse(string json, string file, bool moovAtFront)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var s) ? s.EnumerateArray().ToList() : [];
        var video = streams.FirstOrDefault(x => Text(x, "codec_type") == "video" && !IsAttachedPicture(x));
        if (video.ValueKind != JsonValueKind.Object)
        {
            throw new MediaException($"{file} has no video stream. Re-export it as MP4 (H.264) with its picture.");
        }

        var audio = streams.FirstOrDefault(x => Text(x, "codec_type") == "audio");
        double duration = Number(root.TryGetProperty("format", out var format) ? Text(format, "duration") : null)
            ?? Number(Text(video, "duration")) ?? 0;
        if (duration <= 0)
        {
            throw new MediaException(
                $"{file} has no duration, so it is a still image or a damaged video. Re-export it as MP4 (H.264).");
        }

        return new VideoInfo(
            Width: video.TryGetProperty("width", out var w) ? w.GetInt32() : 0,
            Height: video.TryGetProperty("height", out var h) ? h.GetInt32() : 0,
            DurationSeconds: duration,
            FramesPerSecond: Rate(Text(video, "avg_frame_rate")) ?? Rate(Text(video, "r_frame_rate")) ?? 0,
            VideoCodec: Text(video, "codec_name") ?? "unknown",
            VideoProfile: Text(video, "profile"),
            PixelFormat: Text(video, "pix_fmt") ?? "unknown",
            AudioCodec: audio.ValueKind == JsonValueKind.Object ? Text(audio, "codec_name") ?? "unknown" : null,
            MoovAtFront: moovAtFront);
    }

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var d) && d.TryGetProperty("attached_pic", out var a) &&
        a.ValueKind == JsonValueKind.Number && a.GetInt32() == 1;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    // ffprobe writes rates as "30000/1001"; "0/0" means unknown.
    private static double? Rate(string? text)
    {
        var parts = text?.Split('/');
        if (parts is not [var n, var d] || Number(n) is not { } num || Number(d) is not { } den || num <= 0 || den <= 0)
        {
            return null;
        }

        return num / den;
    }
}
