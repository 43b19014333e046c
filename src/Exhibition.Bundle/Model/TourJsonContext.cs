using System.Text.Json;
using System.Text.Json.Serialization;

namespace Exhibition.Bundle.Model;

/// <summary>
/// Compile-time serialisation code for the tour, so a viewer reads <c>tour.json</c> without reflection (about 100 ms
/// less at start-up), and a viewer compiled ahead of time reads it at all. Its options match
/// <see cref="TourJson.Options"/>; that one adds the enum converters.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Tour))]
internal sealed partial class TourJsonContext : JsonSerializerContext;
