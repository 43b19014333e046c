using System.Text.Json;
using System.Text.Json.Serialization;
using ExhibitionViewer.KioskMode;

namespace ExhibitionViewer.App;

/// <summary>
/// Compile-time serialisation code for everything the viewer writes or reads as JSON besides the tour: the kiosk
/// build is compiled ahead of time and has no reflection-based serialiser. The <c>--stats</c> line is a dictionary of
/// these value types.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(KioskConfig))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class ViewerJsonContext : JsonSerializerContext;
