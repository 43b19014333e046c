using System.Reflection;
using System.Text.Json.Serialization;

namespace Exhibition.Survey.Json;

/// <summary>The one spelling of each enum value in files: its <see cref="JsonStringEnumMemberNameAttribute"/>.</summary>
public static class SurveyJsonNames
{
    /// <summary>The name <paramref name="value"/> has in the survey's files.</summary>
    public static string Of<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

    /// <summary>The value a name stands for; throws <see cref="FormatException"/> listing the names otherwise.</summary>
    public static T Parse<T>(string name) where T : struct, Enum =>
        Names<T>.ByName.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not one of {string.Join(", ", Names<T>.ByName.Keys)}.");

    /// <summary>The value a name stands for, if it is one.</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum => Names<T>.ByName.TryGetValue(name, out value);

    private static class Names<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, NameOf);
        public static readonly Dictionary<string, T> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        private static string NameOf(T value) =>
            typeof(T).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();
    }
}
