using System.Globalization;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Commands;

/// <summary>
/// The <c>survey</c> commands, free of any command-line library so that a host program wires them in a few lines:
/// <c>survey stats</c> and <c>survey record --bundle FILE</c>.
/// </summary>
public static partial class SurveyCommands
{
    /// <summary>Exit code: every line was stored.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: some lines were invalid and not stored (the valid ones were).</summary>
    public const int InvalidLines = 1;

    /// <summary>Exit code: the store became unavailable; lines from the one named on were not stored.</summary>
    public const int StoreUnavailable = 3;

    /// <summary><c>survey stats</c>: writes <c>pending N</c>, <c>exported N</c>, <c>synced N</c>, <c>total N</c>.</summary>
    public static int Stats(SurveyStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var stats = store.Stats();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pending {stats.Pending}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {stats.Exported}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synced {stats.Synced}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {stats.Total}"));
        return Ok;
    }

    /// <summary>Reads the tour (and so the survey, bundle id and version) of the bundle <c>--bundle</c> names.</summary>
    /// <exception cref="BundleException">The bundle cannot be read.</exception>
    public static Tour ReadTour(string bundlePath)
    {
        ArgumentNullException.ThrowIfNull(bundlePath);
        using var reader = BundleReader.Open(bundlePath);
        return reader.ReadTour();
    }
}
