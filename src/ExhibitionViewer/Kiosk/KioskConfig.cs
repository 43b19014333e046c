using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Exhibition.Survey.Storage;
using ExhibitionViewer.App;

namespace ExhibitionViewer.KioskMode;

/// <summary>
/// One machine's kiosk configuration, <c>kiosk.json</c> in the data folder (see docs/kiosk.md). It belongs to the
/// machine, not the bundle: the admin PIN and the sync token never travel with an exhibition.
/// </summary>
internal sealed record KioskConfig
{
    public const string FileName = "kiosk.json";

    /// <summary>The bundle to show when the command line names none.</summary>
    [JsonPropertyName("bundle")]
    public string? Bundle { get; init; }

    /// <summary>Public keys (base64 or .pub paths) of which one must have signed the bundle.</summary>
    [JsonPropertyName("trustedKeys")]
    public IReadOnlyList<string> TrustedKeys { get; init; } = [];

    /// <summary>Overrides the bundle's idle timeout, in seconds.</summary>
    [JsonPropertyName("idleTimeoutSeconds")]
    public double? IdleTimeoutSeconds { get; init; }

    [JsonPropertyName("adminPin")]
    public PinHash? AdminPin { get; init; }

    /// <summary>Where the admin screen's Export writes (e.g. a USB stick's mount point).</summary>
    [JsonPropertyName("exportFolder")]
    public string? ExportFolder { get; init; }

    /// <summary>No auto-rotation anywhere (attract loop or visit).</summary>
    [JsonPropertyName("reducedMotion")]
    public bool ReducedMotion { get; init; }

    [JsonPropertyName("display")]
    public int? Display { get; init; }

    [JsonPropertyName("syncEndpoint")]
    public string? SyncEndpoint { get; init; }

    [JsonPropertyName("syncToken")]
    public string? SyncToken { get; init; }

    // kiosk show lists every setting, unset ones as null, so a host sees what could be set.
    private static readonly JsonSerializerOptions Listing = new(ViewerJsonContext.Default.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The configuration as <c>kiosk.json</c> holds it (unset settings left out).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ViewerJsonContext.Default.KioskConfig);

    /// <summary>Every setting, unset ones as null, for <c>kiosk show</c>.</summary>
    public string ToListing() => JsonSerializer.Serialize(this, (JsonTypeInfo<KioskConfig>)Listing.GetTypeInfo(typeof(KioskConfig)));

    public static string PathIn(string dataFolder) => System.IO.Path.Combine(dataFolder, FileName);

    /// <summary>The configuration in <paramref name="dataFolder"/>, or an empty one if there is no file.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not valid JSON of this shape.</exception>
    public static KioskConfig Load(string dataFolder)
    {
        var path = PathIn(dataFolder);
        if (!File.Exists(path))
        {
            return new KioskConfig();
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ViewerJsonContext.Default.KioskConfig) ?? new KioskConfig();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid kiosk configuration: {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes the file whole or not at all, durably (a kiosk may lose power just after its admin changed it), and
    /// readable by its owner only where possible: it holds the PIN's hash and the sync token.
    /// </summary>
    public void Save(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        FileSync.WriteAtomically(PathIn(dataFolder), stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(ToJson() + "\n")),
            UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
