using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Exhibition.Bundle.Model;

/// <summary>The one JSON shape of <c>tour.json</c>: camelCase names, enums as lower-case strings, no nulls.</summary>
public static class TourJson
{
    /// <summary>The bundle entry that holds the tour.</summary>
    public const string EntryPath = "tour.json";

    /// <summary>Options used for every tour (de)serialisation, so the writer is deterministic.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters =
        {
            new JsonStringEnumConverter<HotspotKind>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<QuestionKind>(JsonNamingPolicy.CamelCase),
        },
        // Source-generated only, so a viewer compiled ahead of time (no reflection) reads tours too.
        TypeInfoResolver = TourJsonContext.Default,
    };

    private static JsonTypeInfo<Tour> TourInfo => (JsonTypeInfo<Tour>)Options.GetTypeInfo(typeof(Tour));

    /// <summary>Serialises a tour to UTF-8 JSON.</summary>
    public static byte[] Serialize(Tour tour) => JsonSerializer.SerializeToUtf8Bytes(tour, TourInfo);

    /// <summary>Reads a tour from UTF-8 JSON; throws <see cref="JsonException"/> on malformed input.</summary>
    public static Tour Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, TourInfo) ?? throw new JsonException("tour.json is null");
}
