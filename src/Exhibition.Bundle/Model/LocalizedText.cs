namespace Exhibition.Bundle.Model;

/// <summary>Visitor-facing text in each language, keyed by language code (<c>en</c>, <c>cy</c>, ...).</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    /// <summary>Creates empty text.</summary>
    public LocalizedText() : base(StringComparer.Ordinal) { }

    /// <summary>Creates text from language/value pairs.</summary>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> values) : base(values, StringComparer.Ordinal) { }

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else any, else empty.</summary>
    public string In(string language, string? fallback = null) =>
        TryGetValue(language, out var text) ? text
        : fallback is not null && TryGetValue(fallback, out var other) ? other
        : Values.FirstOrDefault() ?? "";
}
