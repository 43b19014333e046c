using System.Globalization;
using System.Text;

namespace ViewerBench;

/// <summary>The input scripts the benchmark plays (format in docs/viewer.md).</summary>
internal static class Scripts
{
    public static string Startup => "wait-complete 30\n";

    /// <summary>Load the start view, then pan across the panorama for about <paramref name="seconds"/> seconds.</summary>
    public static string Panning(int width, int height, double seconds)
    {
        var text = new StringBuilder("wait-complete 30\nreset-stats\n");
        var y = height / 2;
        for (var elapsed = 0.0; elapsed < seconds; elapsed += 2.15)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"drag {width * 0.8:F0} {y} {width * 0.2:F0} {y} 2");
        }

        return text.ToString();
    }

    /// <summary>Every scene in turn: load, look around, take the "next" hotspot the quick packer puts at yaw 15, pitch -20.</summary>
    public static string Tour(int width, int height, int scenes)
    {
        var text = new StringBuilder();
        var y = height / 2;
        for (var i = 1; i <= scenes; i++)
        {
            text.AppendLine("wait-complete 30");
            text.AppendLine(CultureInfo.InvariantCulture, $"drag {width * 0.8:F0} {y} {width * 0.2:F0} {y} 1");
            text.AppendLine("wait-complete 30");
            text.AppendLine(CultureInfo.InvariantCulture, $"drag {width * 0.2:F0} {y} {width * 0.8:F0} {y} 1");
            if (i < scenes)
            {
                text.AppendLine("tap-angle 15 -20");
                text.AppendLine("wait 1");
                text.AppendLine(CultureInfo.InvariantCulture, $"expect-scene big-{i + 1}");
            }
        }

        return text.ToString();
    }
}
