using System.Text.Json;
using System.Text.Json.Serialization;

namespace Exhibition.SurveyCollector;

/// <summary>An enum value as the survey's files spell it (its <see cref="JsonStringEnumMemberNameAttribute"/>).</summary>
internal static class JsonName
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Of<T>(T value) where T : struct, Enum => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, Options))!;
}
