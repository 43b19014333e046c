using System.Globalization;

namespace ContentPacker.Media.Ffmpeg;

/// <summary>
/// Reads the key=value lines of <c>ffmpeg -progress pipe:1</c> and reports how far the output has got through
/// the input's duration, mapped into the band [<paramref name="from"/>, <paramref name="to"/>] of the overall progress.
/// Reports never go backwards and never leave the band.
/// </summary>
internal sealed class FfmpegProgress(double durationSeconds, IProgress<double>? sink, double from, double to)
{
    private double _last = -1;

    /// <summary>Handles one line from ffmpeg's stdout.</summary>
    public void OnLine(string line)
    {
        if (line.StartsWith("out_time_us=", StringComparison.Ordinal) &&
            long.TryParse(line.AsSpan("out_time_us=".Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out long us))
        {
            Report(durationSeconds > 0 ? us / 1e6 / durationSeconds : 0);
        }
        else if (line == "progress=end")
        {
            Report(1);
        }
    }

    private void Report(double fraction)
    {
        double value = from + ((to - from) * Math.Clamp(fraction, 0, 1));
        if (value > _last)
        {
            _last = value;
            sink?.Report(value);
        }
    }
}
